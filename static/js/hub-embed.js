// <hub-agenda src="https://…/agenda/embed/?territory=…"></hub-agenda> (also <hub-directory>
// and <hub-news>): the hub's embed in a frame as wide as the host's column and as tall as its
// content. No framework, no cookie, no request but the hub's page.
(() => {
  class HubEmbed extends HTMLElement {
    connectedCallback() {
      if (this.frame) return;
      const frame = document.createElement("iframe");
      frame.src = this.getAttribute("src");
      frame.title = this.getAttribute("title") || this.textContent.trim() || "Hub ESS 05";
      frame.loading = "lazy";
      frame.style.cssText = "display:block;width:100%;border:0;height:" + (this.getAttribute("height") || "480") + "px";
      this.frame = frame;
      this.textContent = "";
      this.append(frame);
      window.addEventListener("message", (event) => {
        if (event.source === frame.contentWindow && Number.isFinite(event.data?.hubEmbedHeight)) {
          frame.style.height = Math.ceil(event.data.hubEmbedHeight) + "px";
        }
      });
    }
  }
  for (const name of ["hub-agenda", "hub-directory", "hub-news"]) {
    if (!customElements.get(name)) customElements.define(name, class extends HubEmbed {});
  }
})();
