// Inside an embedded agenda, directory or news list: tell the host page our height, so that
// the <hub-agenda> element (hub-embed.js) sizes its frame to the content. No cookies, no
// other request.
(() => {
  if (window.parent === window) return;
  const send = () =>
    window.parent.postMessage(
      { hubEmbedHeight: document.documentElement.getBoundingClientRect().height },
      "*",
    );
  new ResizeObserver(send).observe(document.body);
  send();
})();
