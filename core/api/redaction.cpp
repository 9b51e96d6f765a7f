#include "core/api/redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &secrets()
{
    static QSet<QString> set;
    return set;
}

const QRegularExpression &keyParameter()
{
    // _key, %5Fkey; then =, :, %3D or %3A; then the value up to a delimiter.
    static const QRegularExpression re(
        u"((?:_|%5F)key\\s*(?:=|:|%3D|%3A)\\s*)[^&#/?;,\\s\"'<>]+"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &userInfo()
{
    static const QRegularExpression re(u"([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]+@"_s);
    return re;
}

QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString redacted = Redaction::redact(message);
    if (QtMessageHandler previous = previousHandler()) {
        previous(type, context, redacted);
        return;
    }
    const QByteArray line = qFormatLogMessage(type, context, redacted).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

QString Redaction::mask()
{
    return u"[redacted]"_s;
}

QString Redaction::redact(const QString &text)
{
    QString out = text;
    {
        const QMutexLocker lock(&secretsMutex());
        for (const QString &secret : std::as_const(secrets()))
            out.replace(secret, mask(), Qt::CaseInsensitive);
    }
    out.replace(keyParameter(), u"\\1"_s + mask());
    out.replace(userInfo(), u"\\1"_s + mask() + u'@');
    return out;
}

QString Redaction::redact(const QString &text, const QString &secret)
{
    QString out = text;
    if (secret.size() >= 4)
        out.replace(secret, mask(), Qt::CaseInsensitive);
    return redact(out);
}

bool Redaction::mentionsKeyParameter(const QString &text)
{
    return text.contains(u"_key", Qt::CaseInsensitive) || text.contains(u"%5Fkey", Qt::CaseInsensitive);
}

void Redaction::addSecret(const QString &secret)
{
    const QString key = secret.trimmed();
    if (key.size() < 8) // real keys are UUIDs; a short test key would mask ordinary words
        return;
    const QMutexLocker lock(&secretsMutex());
    secrets().insert(key);
}

void Redaction::installMessageFilter()
{
    static std::atomic_bool installed = false;
    if (installed.exchange(true))
        return;
    previousHandler() = qInstallMessageHandler(redactingHandler);
}

} // namespace Springdesk::Api
