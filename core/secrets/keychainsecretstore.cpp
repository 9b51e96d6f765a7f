#include "core/secrets/keychainsecretstore.h"

#include "core/secrets/secretslog.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Springdesk::Secrets {

namespace {

bool mentionsAny(const QString &text, std::initializer_list<QLatin1StringView> words)
{
    for (const auto word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// QtKeychain's error codes are coarse (libsecret maps "locked" to AccessDenied and every D-Bus
// failure to OtherError); its message tells the cases apart.
SecretError toSecretError(QKeychain::Error error, const QString &message)
{
    using Kind = SecretError::Kind;
    switch (error) {
    case QKeychain::EntryNotFound:
        return {Kind::NotFound, message};
    case QKeychain::AccessDeniedByUser:
        return {Kind::Locked, message};
    case QKeychain::AccessDenied:
        return {mentionsAny(message, {"lock"_L1}) ? Kind::Locked : Kind::AccessDenied, message};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Kind::NoBackend, message};
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (mentionsAny(message, {"lock"_L1}))
        return {Kind::Locked, message};
    if (mentionsAny(message,
            {"d-bus"_L1, "dbus"_L1, "org.freedesktop.secrets"_L1, "could not connect"_L1, "no such file"_L1,
                "not provided by any"_L1, "bus address"_L1}))
        return {Kind::NoBackend, message};
    return {Kind::Other, message};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

QString KeychainSecretStore::serviceName()
{
    return u"springdesk"_s;
}

QString KeychainSecretStore::keyFor(const QString &entry)
{
    return entry;
}

QString KeychainSecretStore::displayName() const
{
    return tr("System keyring");
}

template <typename KeychainJob>
SecretJob *KeychainSecretStore::start(
    SecretJob::Operation operation, const QString &profileId, KeychainJob *keychainJob)
{
    auto *job = new SecretJob(operation, profileId, this);
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(keyFor(profileId));

    // The keychain job outlives ours if the keyring never answers; the connection dies with `job`.
    connect(keychainJob, &QKeychain::Job::finished, job, [job, operation](QKeychain::Job *finishedJob) {
        if (finishedJob->error() == QKeychain::NoError) {
            if (operation == SecretJob::Operation::Read)
                job->finishWithValue(static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData());
            else
                job->finishWithValue();
            return;
        }
        const SecretError error = toSecretError(finishedJob->error(), finishedJob->errorString());
        if (operation == SecretJob::Operation::Remove && error.kind == SecretError::Kind::NotFound)
            job->finishWithValue();
        else
            job->finishWithError(error);
    });

    auto *deadline = new QTimer(job);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, job, [job, timeout = m_timeout] {
        job->finishWithError({SecretError::Kind::Timeout,
            tr("no answer within %n second(s)", nullptr, static_cast<int>((timeout.count() + 999) / 1000))});
    });
    connect(job, &SecretJob::finished, deadline, &QTimer::stop);
    deadline->start(m_timeout);

    keychainJob->start();
    return job;
}

SecretJob *KeychainSecretStore::read(const QString &profileId)
{
    return start(SecretJob::Operation::Read, profileId, new QKeychain::ReadPasswordJob(serviceName()));
}

SecretJob *KeychainSecretStore::write(const QString &profileId, const QString &secret)
{
    auto *keychainJob = new QKeychain::WritePasswordJob(serviceName());
    keychainJob->setTextData(secret);
    return start(SecretJob::Operation::Write, profileId, keychainJob);
}

SecretJob *KeychainSecretStore::remove(const QString &profileId)
{
    return start(SecretJob::Operation::Remove, profileId, new QKeychain::DeletePasswordJob(serviceName()));
}

} // namespace Springdesk::Secrets
