/**
 * Vaadin's connection indicator (the loading bar and the "connection lost" message, appended to
 * <body>) is a status message: role=status lets screen readers announce it, and keeps it from
 * counting as page content outside the landmarks (axe's "region" rule).
 */
function markIndicator(): boolean {
  const indicator = document.querySelector('vaadin-connection-indicator');
  if (indicator && indicator.getAttribute('role') !== 'status') {
    indicator.setAttribute('role', 'status');
  }
  return indicator !== null;
}

if (!markIndicator()) {
  const observer = new MutationObserver(() => {
    if (markIndicator()) {
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true });
}
