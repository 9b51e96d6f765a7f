#include "sandbox/responsewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
}

QString singular(const QString &plural)
{
    if (plural.endsWith(u"ies"))
        return plural.chopped(3) + u'y';
    if (plural.endsWith(u's') && plural.size() > 1)
        return plural.chopped(1);
    return u"item"_s;
}

void writeXmlValue(QXmlStreamWriter &w, const QString &name, const QJsonValue &v)
{
    if (v.isObject()) {
        w.writeStartElement(name);
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            writeXmlValue(w, it.key(), it.value());
        w.writeEndElement();
    } else if (v.isArray()) {
        w.writeStartElement(name);
        const QString item = singular(name);
        for (const QJsonValue &e : v.toArray())
            writeXmlValue(w, item, e);
        w.writeEndElement();
    } else {
        w.writeTextElement(name, scalarText(v));
    }
}

void writeText(QString &out, const QJsonValue &v, const QString &indent)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isObject() || it.value().isArray()) {
                out += indent + it.key() + u":\n"_s;
                writeText(out, it.value(), indent + u"  "_s);
            } else {
                out += indent + it.key() + u": "_s + scalarText(it.value()) + u'\n';
            }
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).isObject() || a.at(i).isArray()) {
                out += indent + u"-\n"_s;
                writeText(out, a.at(i), indent + u"  "_s);
            } else {
                out += indent + u"- "_s + scalarText(a.at(i)) + u'\n';
            }
        }
    } else {
        out += indent + scalarText(v) + u'\n';
    }
}

} // namespace

OutputFormat ResponseWriter::formatFromAccept(const QByteArray &accept)
{
    // The acceptable media type with the highest quality wins, the first one on a tie. Wildcards
    // (*/*, application/*, and the bare * some Java clients send) mean JSON, as does a header
    // naming nothing the API produces (e.g. text/html).
    OutputFormat best = OutputFormat::Json;
    double bestQuality = -1;
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        double quality = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.size() > 2 && param.first(2).toLower() == "q=") {
                bool ok = false;
                quality = param.mid(2).trimmed().toDouble(&ok);
                if (!ok)
                    quality = 1;
            }
        }
        std::optional<OutputFormat> format;
        if (type == "application/json" || type == "*/*" || type == "*" || type == "application/*")
            format = OutputFormat::Json;
        else if (type == "application/xml" || type == "text/xml")
            format = OutputFormat::Xml;
        else if (type == "text/plain")
            format = OutputFormat::Text;
        if (format && quality > 0 && quality > bestQuality) {
            best = *format;
            bestQuality = quality;
        }
    }
    return best;
}

std::optional<OutputFormat> ResponseWriter::formatFromName(const QString &name)
{
    if (name == u"json")
        return OutputFormat::Json;
    if (name == u"xml")
        return OutputFormat::Xml;
    if (name == u"text" || name == u"txt")
        return OutputFormat::Text;
    return std::nullopt;
}

QByteArray ResponseWriter::contentType(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Xml:
        return "application/xml; charset=utf-8";
    case OutputFormat::Text:
        return "text/plain; charset=utf-8";
    case OutputFormat::Json:
        break;
    }
    return "application/json; charset=utf-8";
}

QByteArray ResponseWriter::render(const QJsonObject &object, OutputFormat format, bool pretty)
{
    switch (format) {
    case OutputFormat::Json:
        return QJsonDocument(object).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    case OutputFormat::Xml: {
        QByteArray out;
        QXmlStreamWriter w(&out);
        w.setAutoFormatting(pretty);
        w.writeStartDocument();
        // A single-key object ({"users":[…]}, {"result":…}) uses its key as the root element.
        if (object.size() == 1) {
            writeXmlValue(w, object.begin().key(), object.begin().value());
        } else {
            writeXmlValue(w, u"response"_s, object);
        }
        w.writeEndDocument();
        return out;
    }
    case OutputFormat::Text: {
        // {"result": x} and {"success": "OK"} answer the bare value; anything else "key: value" lines.
        if (object.size() == 1 && !object.begin().value().isObject() && !object.begin().value().isArray())
            return scalarText(object.begin().value()).toUtf8();
        QString out;
        writeText(out, object, QString());
        return out.toUtf8();
    }
    }
    return {};
}

HttpResponse ResponseWriter::success(const QJsonObject &object, OutputFormat format, bool pretty)
{
    HttpResponse r;
    r.status = 200;
    r.body = render(object, format, pretty);
    r.setHeader("Content-Type", contentType(format));
    return r;
}

HttpResponse ResponseWriter::error(int status, const QString &message, OutputFormat format, bool formatted, bool pretty)
{
    HttpResponse r;
    r.status = status;
    if (formatted) {
        r.body = render(QJsonObject{{u"error"_s, message}}, format, pretty);
        r.setHeader("Content-Type", contentType(format));
    } else {
        r.body = message.toUtf8();
        r.setHeader("Content-Type", "text/plain; charset=utf-8");
    }
    return r;
}

} // namespace Springdesk::Sandbox
