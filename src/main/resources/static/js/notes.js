// The site's one script, and only an enhancement: without it every link still works as a plain link.
(function () {
	'use strict';

	// A key point the page opens on, or is sent to, takes the focus, so that reading carries on from there.
	function focusTargetedPoint() {
		var id;
		try {
			id = decodeURIComponent(location.hash.slice(1));
		}
		catch (ignored) {
			return;
		}
		var point = id ? document.getElementById(id) : null;
		if (!point || !point.classList.contains('key-point')) {
			return;
		}
		point.setAttribute('tabindex', '-1');
		point.focus({ preventScroll: true });
		point.scrollIntoView({ block: 'start' });
	}

	// The page's public address, from its canonical link, so that a copied link names the public site.
	function pageAddress() {
		var canonical = document.querySelector('link[rel="canonical"]');
		return (canonical && canonical.href ? canonical.href : location.href).split('#')[0];
	}

	function makeCopyControl(link, statuses) {
		var status = document.createElement('span');
		status.className = 'point-link-status';
		status.setAttribute('role', 'status');
		link.after(status);
		statuses.push(status);
		link.setAttribute('role', 'button');
		link.firstChild.textContent = 'Copy link to this point';
		link.addEventListener('click', function (event) {
			event.preventDefault();
			// the point's own page, whose link previews quote the point, on the public site
			navigator.clipboard.writeText(new URL(link.getAttribute('href'), pageAddress()).href).then(function () {
				statuses.forEach(function (other) {
					other.textContent = '';
				});
				status.textContent = 'Link copied';
			}, function () {
				location.href = link.href;
			});
		});
		// a button is pressed with the space bar too
		link.addEventListener('keydown', function (event) {
			if (event.key === ' ') {
				event.preventDefault();
				link.click();
			}
		});
	}

	function start() {
		if (navigator.clipboard && navigator.clipboard.writeText) {
			var statuses = [];
			document.querySelectorAll('a.point-link').forEach(function (link) {
				makeCopyControl(link, statuses);
			});
		}
		focusTargetedPoint();
		window.addEventListener('hashchange', focusTargetedPoint);
	}

	start();
}());
