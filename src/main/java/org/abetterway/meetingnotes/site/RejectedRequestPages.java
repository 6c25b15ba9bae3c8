package org.abetterway.meetingnotes.site;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat refuses some requests before the application sees them, such as a path it cannot decode ({@code /%ff}) or
 * one with an encoded slash or a NUL; it answers them from its host's error report valve. This puts the site's own
 * valve in that place, so that they too get the site's error page (JSON under {@code /api/}) and its protective
 * headers.
 */
@Component
class RejectedRequestPages {

	private final SiteProperties site;

	RejectedRequestPages(SiteProperties site) {
		this.site = site;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent started) {
		if (!(started.getWebServer() instanceof TomcatWebServer tomcat)
				|| !(tomcat.getTomcat().getHost() instanceof StandardHost host)) {
			return;
		}
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve && !(valve instanceof SiteErrorReportValve)) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.getPipeline().addValve(new SiteErrorReportValve(HtmlUtils.htmlEscape(site.siteName())));
	}

}
