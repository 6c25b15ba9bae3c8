package org.abetterway.meetingnotes.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small XML document written with StAX, which escapes whatever the notes say.
 */
final class Xml {

	private final XMLStreamWriter writer;

	private Xml(XMLStreamWriter writer) {
		this.writer = writer;
	}

	static String document(Body body) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		writer.writeStartDocument("UTF-8", "1.0");
		body.write(new Xml(writer));
		writer.writeEndDocument();
		writer.close();
		return out.toString();
	}

	void start(String name) throws XMLStreamException {
		writer.writeStartElement(name);
	}

	void startRoot(String name, String namespace) throws XMLStreamException {
		writer.writeStartElement(name);
		writer.writeDefaultNamespace(namespace);
	}

	void end() throws XMLStreamException {
		writer.writeEndElement();
	}

	void element(String name, String text) throws XMLStreamException {
		writer.writeStartElement(name);
		writer.writeCharacters(text);
		writer.writeEndElement();
	}

	/** An empty element with attributes given as name, value, name, value; a null value leaves its attribute out. */
	void empty(String name, String... attributes) throws XMLStreamException {
		writer.writeEmptyElement(name);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				writer.writeAttribute(attributes[i], attributes[i + 1]);
			}
		}
	}

	void attribute(String name, String value) throws XMLStreamException {
		writer.writeAttribute(name, value);
	}

	void text(String text) throws XMLStreamException {
		writer.writeCharacters(text);
	}

	/** An RFC 3339 timestamp to the second, in UTC, as Atom wants it. */
	static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	@FunctionalInterface
	interface Body {

		void write(Xml xml) throws XMLStreamException;

	}

}
