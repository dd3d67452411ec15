/** Escapes text for HTML built on the server (the help dialog); the sidebar uses textContent instead. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A dialog's page (HtmlService): the add-on's typography, and `body` — HTML built by the caller
 * from escaped text only.
 */
export function dialogPage(body: string): string {
  return `<!DOCTYPE html><html><head><base target="_top"><style>
body{font:13px/1.5 Roboto,Arial,sans-serif;color:#202124;margin:0 8px}h2{font-size:14px;margin:16px 0 4px}
code{font-family:'Roboto Mono',monospace;background:#f1f3f4;padding:0 3px;border-radius:3px}ul{padding-left:18px;margin:4px 0}
p{margin:4px 0}</style></head><body>${body}</body></html>`;
}
