#pragma once

#include "core/secrets/secreterror.h"

#include <QObject>
#include <QString>

#include <optional>

namespace Springdesk::Secrets {

// One read, write or remove of a profile's secret. Finishes exactly once, always later than
// the call that created it (never synchronously), with a value (reads) or a SecretError.
// Deletes itself after `finished` has been delivered.
class SecretJob final : public QObject
{
    Q_OBJECT

public:
    enum class Operation : quint8
    {
        Read,
        Write,
        Remove,
    };

    SecretJob(Operation operation, const QString &profileId, QObject *parent = nullptr);

    Operation operation() const { return m_operation; }
    QString profileId() const { return m_profileId; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    const std::optional<SecretError> &error() const { return m_error; }
    // The secret read (Read only; empty otherwise). Never log it.
    QString value() const { return m_value; }

    // Called by stores. The first call wins; later calls are ignored (and logged).
    void finishWithValue(const QString &value = {});
    void finishWithError(const SecretError &error);

Q_SIGNALS:
    void finished(Springdesk::Secrets::SecretJob *job);

private:
    void deliver();

    Operation m_operation;
    QString m_profileId;
    QString m_value;
    std::optional<SecretError> m_error;
    bool m_finished = false;
};

} // namespace Springdesk::Secrets
