package org.abetterway.meetingnotes.site;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The error page Tomcat sends when the application has not answered: the site's own, with its protective headers,
 * and no word of Tomcat.
 */
class SiteErrorReportValve extends ErrorReportValve {

	private final String siteName;

	/** @param siteName already escaped for HTML */
	SiteErrorReportValve(String siteName) {
		this.siteName = siteName;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// as Tomcat's own: only an error nothing has answered yet, on a connection that can still take it
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		SecurityHeadersFilter.addHeaders(response);
		boolean api = request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
		try {
			response.setContentType(api ? MediaType.APPLICATION_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(api ? json(status) : page(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone, or the response was taken meanwhile: nothing more to send
		}
	}

	private static String json(int status) {
		return "{\"status\":" + status + ",\"error\":\"" + reason(status) + "\",\"message\":\""
				+ (status < 500 ? "The address could not be read" : "Something went wrong") + "\"}";
	}

	private String page(int status) {
		boolean client = status < 500;
		String title = client ? "Request not understood" : "Something went wrong";
		String heading = client ? "We could not answer that request" : "Something went wrong";
		String lead = client
				? "Something in the address was not what this site expected. Please check it, or start again from the "
				: "Sorry: this page could not be shown just now. Please try again in a moment, or start again from the ";
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s · %s</title>
				  <meta name="description" content="This page could not be shown.">
				  <meta name="robots" content="noindex">
				  <link rel="icon" type="image/svg+xml" href="/assets/favicon.svg">
				  <link rel="stylesheet" href="/assets/css/notes.css">
				</head>
				<body>
				  <a class="skip-link" href="#main">Skip to content</a>
				  <header class="site-header">
				    <div class="site-header-inner">
				      <a class="site-name" href="/">%s</a>
				    </div>
				  </header>
				  <main id="main">
				    <h1>%s</h1>
				    <p class="lead">%s<a href="/">list of meetings</a>.</p>
				    <p class="count">Error %d</p>
				  </main>
				</body>
				</html>
				""".formatted(title, siteName, siteName, heading, lead, status);
	}

	private static String reason(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return known == null ? "Error" : known.getReasonPhrase();
	}

}
