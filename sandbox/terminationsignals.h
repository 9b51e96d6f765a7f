#pragma once

#include <QObject>

class QSocketNotifier;

namespace Springdesk::Sandbox {

// Turns SIGTERM, SIGINT and SIGHUP into the Qt signal terminationRequested(), delivered in the
// event loop (a self-pipe written by the async-signal-safe handler, read by a QSocketNotifier),
// so the server can quit normally and its destructors run: the temporary database folder of a
// sandbox without --db is removed. One instance per process.
class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // False when the pipe or the handlers could not be set up (the process then dies as before).
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Springdesk::Sandbox
