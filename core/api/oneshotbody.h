#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Springdesk::Api {

// The body of a command, readable once. Qt's HTTP layer silently re-sends a request whose
// connection closed before an answer arrived (QHttpNetworkConnectionChannel::handleUnexpectedEOF),
// rewinding the upload device to do so. For a command that might execute it twice. This device
// refuses to rewind once any byte was read, so Qt reports ContentReSendError instead of
// re-sending, and the client marks the command's outcome as unknown.
class OneShotBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool reset() override;
    bool atEnd() const override { return m_pos >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace Springdesk::Api
