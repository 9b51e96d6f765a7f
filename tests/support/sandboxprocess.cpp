#include "tests/support/sandboxprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QUuid>

namespace Springdesk::Testing {

using namespace Qt::StringLiterals;

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    const QString fromEnv = qEnvironmentVariable("SPRINGDESK_SANDBOX_EXE");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef SPRINGDESK_SANDBOX_BINARY
    return QString::fromUtf8(SPRINGDESK_SANDBOX_BINARY);
#else
    return u"springdesk-sandbox"_s;
#endif
}

bool SandboxProcess::start(const QStringList &extraArgs, QString *error)
{
    QString dummy;
    QString *err = error ? error : &dummy;
    if (isRunning()) {
        *err = u"The sandbox is already running."_s;
        return false;
    }
    QStringList args = {u"--listen"_s, u"127.0.0.1:0"_s, u"--control"_s};
    if (!extraArgs.contains(u"--seed"))
        args << u"--seed"_s << u"empty"_s;
    const qsizetype keyIndex = extraArgs.indexOf(u"--api-key"_s);
    if (keyIndex >= 0 && keyIndex + 1 < extraArgs.size()) {
        m_apiKey = extraArgs.at(keyIndex + 1).section(u':', 0, 0);
    } else {
        m_apiKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        args << u"--api-key"_s << m_apiKey;
    }
    args += extraArgs;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), args);
    if (!m_process.waitForStarted(10'000)) {
        *err = u"Cannot start %1: %2"_s.arg(executable(), m_process.errorString());
        return false;
    }
    static const QRegularExpression line(u"^springdesk-sandbox: listening on (http://\\S+/api/)\\s*$"_s);
    QDeadlineTimer deadline(60'000);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            out = m_process.readLine();
            break;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)));
    }
    const auto match = line.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        *err = u"springdesk-sandbox did not report its URL (stdout: %1; stderr: %2)"_s.arg(
            QString::fromUtf8(out), QString::fromUtf8(m_process.readAllStandardError()));
        stop();
        return false;
    }
    m_apiBaseUrl = QUrl(match.captured(1));
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl SandboxProcess::apiBaseUrl() const
{
    return m_apiBaseUrl;
}

QUrl SandboxProcess::controlUrl() const
{
    QUrl url = m_apiBaseUrl;
    url.setPath(u"/__sandbox/"_s);
    return url;
}

QString SandboxProcess::apiKey() const
{
    return m_apiKey;
}

QString SandboxProcess::standardError()
{
    return QString::fromUtf8(m_process.readAllStandardError());
}

} // namespace Springdesk::Testing
