// Wagtail's rich text editor (Draftail) and tag field (tag-it) type into an element of their
// own, not the field's <input> that its <label> names: screen readers announced them without
// a name (axe: aria-input-field-name, label). Name each by its field's label, also for fields
// added later (StreamField blocks, choosers' forms).
(() => {
  const TYPING_AREAS = '.Draftail-Editor [role="textbox"], input.ui-autocomplete-input';
  let counter = 0;

  function nameTypingAreas(root) {
    root.querySelectorAll(TYPING_AREAS).forEach((area) => {
      if (area.hasAttribute('aria-label') || area.hasAttribute('aria-labelledby')) return;
      const field = area.closest('[data-field-input]');
      const input = field && [...field.querySelectorAll('input[id]')].find((el) => el !== area);
      const label = input && document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
      if (!label) return;
      if (!label.id) {
        counter += 1;
        label.id = `field-name-${counter}`;
      }
      area.setAttribute('aria-labelledby', label.id);
    });
  }

  function start() {
    nameTypingAreas(document);
    new MutationObserver(() => nameTypingAreas(document)).observe(document.body, {
      childList: true,
      subtree: true,
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
