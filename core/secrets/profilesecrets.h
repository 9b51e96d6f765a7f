#pragma once

#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretstore.h"

#include <QHash>
#include <QObject>
#include <QUrl>

namespace Springdesk::Settings {
class ProfileStore;
}

namespace Springdesk::Secrets {

// Where a profile's API key is: the persistent store (the keyring) or, when the user chose so
// after the keyring failed, the session store. Reads look in the session first.
//
// A key belongs to a profile *and* its host: the stores hold it under entryName(profile, url),
// "<profile id>/<host[:port]>" (in the keyring: service "springdesk", so
// "springdesk/<profile>/<host>"). When a profile's address moves to another host its old entry
// is removed (keyChanged() follows) and reads find no key until one is stored for the new host,
// so a key is never sent to a host it was not given for. Entries of the previous scheme
// ("profile/<id>", keyed by profile only) are moved, on their first read, to the host the
// profile has at that moment.
//
// Jobs returned here report the profile ID (not the entry name) in SecretJob::profileId().
class ProfileSecrets final : public QObject
{
    Q_OBJECT

public:
    // Does not take ownership of the stores or the profiles.
    ProfileSecrets(const Settings::ProfileStore *profiles, SecretStore *persistent, MemorySecretStore *session,
        QObject *parent = nullptr);

    SecretStore *persistentStore() const { return m_persistent; }
    MemorySecretStore *sessionStore() const { return m_session; }

    // The entry of a profile's key for this address: "<profile id>/<host>" (":<port>" added
    // when the address names one). Empty for an address without a host.
    static QString entryName(const QString &profileId, const QUrl &baseUrl);
    // The entry of the previous scheme, keyed by profile only.
    static QString legacyEntryName(const QString &profileId);
    // Reads `profileId`'s key for `baseUrl` from `store`, moving a previous-scheme entry to the
    // host-scoped one on the way (for callers that hold a store, like the CLI). The job reports
    // `profileId`.
    static SecretJob *readEntry(SecretStore *store, const QString &profileId, const QUrl &baseUrl);

    // Unknown profiles fail with NotFound.
    SecretJob *read(const QString &profileId);
    // Writes to the keyring; on success any session copy is dropped.
    SecretJob *storePermanently(const QString &profileId, const QString &secret);
    // Keeps the key in memory until the program ends.
    SecretJob *storeForSession(const QString &profileId, const QString &secret);
    // Removes both copies; the returned job reports the keyring's part.
    SecretJob *remove(const QString &profileId);

    bool isSessionOnly(const QString &profileId) const;

Q_SIGNALS:
    // A key was stored or removed successfully, or the profile moved to another host (its key
    // is gone).
    void keyChanged(const QString &profileId);
    // A read of the profile's key succeeded (e.g. after the keyring was unlocked).
    void keyRead(const QString &profileId);

private:
    // A job for `profileId` that finishes like `inner` does (later, never synchronously).
    static SecretJob *relay(SecretJob *inner, const QString &profileId, QObject *parent);
    SecretJob *failUnknown(SecretJob::Operation operation, const QString &profileId);
    QString entryOf(const QString &profileId) const;
    SecretJob *announceOnSuccess(SecretJob *job);
    void onProfileUpdated(const QString &profileId);

    const Settings::ProfileStore *m_profiles;
    SecretStore *m_persistent;
    MemorySecretStore *m_session;
    QHash<QString, QString> m_entries; // profile ID → entry name, to notice a change of host
};

} // namespace Springdesk::Secrets
