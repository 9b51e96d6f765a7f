#include "sandbox/formparser.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::FormParser", text);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool decodeUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder(bytes);
    return !decoder.hasError();
}

QByteArray headerParam(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &p : parts) {
        const QByteArray t = p.trimmed();
        const qsizetype eq = t.indexOf('=');
        if (eq > 0 && t.left(eq).trimmed().toLower() == name) {
            QByteArray v = t.mid(eq + 1).trimmed();
            if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
                v = v.mid(1, v.size() - 2);
            return v;
        }
    }
    return {};
}

} // namespace

void FormData::add(const QString &name, const QString &value)
{
    auto it = values.find(name);
    if (it == values.end()) {
        order.append(name);
        values.insert(name, {value});
    } else {
        it->append(value);
    }
}

bool FormParser::decodeComponent(const QByteArray &raw, QString *out, QString *error, bool plusIsSpace)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '%') {
            const int hi = i + 1 < raw.size() ? hexValue(raw.at(i + 1)) : -1;
            const int lo = i + 2 < raw.size() ? hexValue(raw.at(i + 2)) : -1;
            if (hi < 0 || lo < 0) {
                *error = tr("Malformed percent-encoding in: %1").arg(QString::fromLatin1(raw.left(200)));
                return false;
            }
            bytes.append(char(hi * 16 + lo));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            bytes.append(' ');
        } else {
            bytes.append(c);
        }
    }
    if (!decodeUtf8(bytes, out)) {
        *error = tr("A parameter is not valid UTF-8: %1").arg(QString::fromLatin1(raw.left(200)));
        return false;
    }
    return true;
}

bool FormParser::parseUrlEncoded(const QByteArray &data, FormData *form, QString *error)
{
    if (data.isEmpty())
        return true;
    qsizetype count = 0;
    for (const QByteArray &pair : data.split('&')) {
        if (pair.isEmpty())
            continue;
        if (++count > MaxParameters) {
            *error = tr("The request has more than %1 parameters.").arg(MaxParameters);
            return false;
        }
        const qsizetype eq = pair.indexOf('=');
        QString name;
        QString value;
        if (!decodeComponent(eq < 0 ? pair : pair.left(eq), &name, error))
            return false;
        if (eq >= 0 && !decodeComponent(pair.mid(eq + 1), &value, error))
            return false;
        if (name.isEmpty()) {
            *error = tr("A parameter has an empty name.");
            return false;
        }
        form->add(name, value);
    }
    return true;
}

bool FormParser::parseMultipart(const QByteArray &body, const QByteArray &contentType, FormData *form, QString *error)
{
    const QByteArray boundary = headerParam(contentType, "boundary");
    if (boundary.isEmpty()) {
        *error = tr("multipart/form-data without a boundary.");
        return false;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0) {
        *error = tr("Malformed multipart body: the boundary does not occur.");
        return false;
    }
    int count = 0;
    for (;;) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n") {
            *error = tr("Malformed multipart body.");
            return false;
        }
        pos += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        const QByteArray partEnd = QByteArray("\r\n") + delimiter;
        const qsizetype next = body.indexOf(partEnd, pos);
        if (headEnd < 0 || next < 0 || headEnd > next) {
            *error = tr("Malformed multipart body: a part is not terminated.");
            return false;
        }
        if (++count > MaxParameters) {
            *error = tr("The request has more than %1 parameters.").arg(MaxParameters);
            return false;
        }
        QByteArray disposition;
        for (const QByteArray &line : body.mid(pos, headEnd - pos).split('\n')) {
            const QByteArray t = line.trimmed();
            if (t.toLower().startsWith("content-disposition:"))
                disposition = t.mid(20).trimmed();
        }
        const QByteArray rawName = headerParam(disposition, "name");
        QString name;
        if (rawName.isEmpty() || !decodeUtf8(rawName, &name)) {
            *error = tr("A multipart part has no valid name.");
            return false;
        }
        const QByteArray content = body.mid(headEnd + 4, next - headEnd - 4);
        if (disposition.contains("filename=")) {
            form->files.insert(name, content);
            form->add(name, QString::fromUtf8(headerParam(disposition, "filename")));
        } else {
            QString value;
            if (!decodeUtf8(content, &value)) {
                *error = tr("The multipart parameter %1 is not valid UTF-8.").arg(name);
                return false;
            }
            form->add(name, value);
        }
        pos = next + 2;
    }
}

bool FormParser::parseRequest(const HttpRequest &request, FormData *form, QString *error)
{
    if (!parseUrlEncoded(request.query, form, error))
        return false;
    if (!request.body.isEmpty()) {
        const QByteArray contentType = request.header("content-type");
        const QByteArray mime = contentType.split(';').first().trimmed().toLower();
        if (mime == "multipart/form-data") {
            if (!parseMultipart(request.body, contentType, form, error))
                return false;
        } else if (mime.isEmpty() || mime == "application/x-www-form-urlencoded") {
            if (!parseUrlEncoded(request.body, form, error))
                return false;
        } else {
            *error = tr("Unsupported Content-Type %1: send application/x-www-form-urlencoded or multipart/form-data.")
                         .arg(QString::fromLatin1(mime.left(100)));
            return false;
        }
    }
    for (auto it = form->values.cbegin(); it != form->values.cend(); ++it) {
        if (it->size() > MaxValuesPerName) {
            *error = tr("The parameter %1 is repeated %2 times; at most %3 values are accepted.")
                         .arg(it.key().left(100))
                         .arg(it->size())
                         .arg(MaxValuesPerName);
            return false;
        }
        for (const QString &v : *it) {
            if (v.size() > MaxValueChars) {
                *error = tr("The value of parameter %1 is longer than %2 characters.")
                             .arg(it.key().left(100))
                             .arg(MaxValueChars);
                return false;
            }
        }
        if (it.key().size() > 200) {
            *error = tr("A parameter name is longer than 200 characters.");
            return false;
        }
    }
    return true;
}

bool FormParser::splitPath(const QByteArray &path, QStringList *segments, QString *error)
{
    segments->clear();
    for (const QByteArray &raw : path.split('/')) {
        if (raw.isEmpty() && segments->isEmpty())
            continue; // leading slashes
        QString s;
        if (!decodeComponent(raw, &s, error, false))
            return false;
        // Never normalised, never re-split: a dot-segment or an encoded separator is refused, so
        // no ID can change which function is called (issue 9).
        if (s == u"." || s == u"..") {
            *error = tr("The request path contains the dot-segment \"%1\"; paths are not normalised, so it is "
                        "refused.")
                         .arg(QString::fromLatin1(raw.left(20)));
            return false;
        }
        if (s.contains(u'/') || s.contains(u'\\')) {
            *error = tr("The path segment \"%1\" contains an encoded \"/\" or \"\\\"; an ID in the path must not "
                        "contain one (pass it as a named parameter instead).")
                         .arg(QString::fromLatin1(raw.left(200)));
            return false;
        }
        segments->append(s);
    }
    while (!segments->isEmpty() && segments->last().isEmpty())
        segments->removeLast(); // trailing slashes
    return true;
}

QStringList FormParser::withoutLeadingEmpty(QStringList segments)
{
    while (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    return segments;
}

} // namespace Springdesk::Sandbox
