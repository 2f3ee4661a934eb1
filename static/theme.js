// Applies the reader's saved theme before the first paint (no flash of the wrong theme).
// An external file, not an inline script, so the Content-Security-Policy needs no exception.
try {
	var t = localStorage.getItem('theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
	/* storage blocked: follow the system theme */
}
