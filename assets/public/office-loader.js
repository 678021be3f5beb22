// Office.js must come from Microsoft's CDN and load before the app, but only inside Outlook:
// elsewhere Office.onReady never settles. The manifest opens the add-in with ?host=outlook.
// A file of its own rather than an inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
if (/[?&]host=outlook(&|$)/.test(location.search)) {
  const tag = "script";
  document.write(`<${tag} src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></${tag}>`);
}
