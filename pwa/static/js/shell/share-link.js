// Share this guide: the system share sheet, or copy the link.

export function setUpShare() {
  for (const box of document.querySelectorAll('[data-share]')) {
    const button = box.querySelector('[data-share-button]');
    const status = box.querySelector('[data-share-status]');
    if (!button) continue;
    const label = button.querySelector('span');
    if (!navigator.share) label.textContent = 'Copy link to this guide';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const data = { title: box.dataset.shareTitle, url: location.href.split('#')[0] };
      if (navigator.share) {
        try {
          await navigator.share(data);
        } catch {
          // The person closed the share sheet: nothing to do.
        }
        return;
      }
      let copied = false;
      try {
        await navigator.clipboard.writeText(data.url);
        copied = true;
      } catch {
        copied = false;
      }
      status.textContent = copied ? 'Link copied.' : `Copy this link: ${data.url}`;
      status.hidden = false;
    });
  }
}
