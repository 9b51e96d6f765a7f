#include "core/secrets/profilesecrets.h"

#include "core/secrets/secretslog.h"
#include "core/settings/profilestore.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Secrets {

ProfileSecrets::ProfileSecrets(
    const Settings::ProfileStore *profiles, SecretStore *persistent, MemorySecretStore *session, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_persistent(persistent)
    , m_session(session)
{
    Q_ASSERT(m_profiles && m_persistent && m_session);
    for (const auto &profile : m_profiles->profiles())
        m_entries.insert(profile.id, entryName(profile.id, profile.baseUrl));
    connect(m_profiles, &Settings::ProfileStore::profileAdded, this, &ProfileSecrets::onProfileUpdated);
    connect(m_profiles, &Settings::ProfileStore::profileUpdated, this, &ProfileSecrets::onProfileUpdated);
    connect(m_profiles, &Settings::ProfileStore::profileRemoved, this,
        [this](const QString &profileId) { m_entries.remove(profileId); });
}

QString ProfileSecrets::entryName(const QString &profileId, const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    if (profileId.isEmpty() || host.isEmpty())
        return {};
    return baseUrl.port() >= 0 ? u"%1/%2:%3"_s.arg(profileId, host).arg(baseUrl.port())
                               : u"%1/%2"_s.arg(profileId, host);
}

QString ProfileSecrets::legacyEntryName(const QString &profileId)
{
    return u"profile/"_s + profileId;
}

SecretJob *ProfileSecrets::relay(SecretJob *inner, const QString &profileId, QObject *parent)
{
    auto *outer = new SecretJob(inner->operation(), profileId, parent);
    connect(inner, &SecretJob::finished, outer, [outer](SecretJob *done) {
        if (done->ok())
            outer->finishWithValue(done->value());
        else
            outer->finishWithError(*done->error());
    });
    return outer;
}

SecretJob *ProfileSecrets::readEntry(SecretStore *store, const QString &profileId, const QUrl &baseUrl)
{
    const QString entry = entryName(profileId, baseUrl);
    auto *outer = new SecretJob(SecretJob::Operation::Read, profileId, store);
    if (entry.isEmpty()) {
        outer->finishWithError({SecretError::Kind::NotFound, {}});
        return outer;
    }
    SecretJob *first = store->read(entry);
    connect(first, &SecretJob::finished, outer, [store, outer, profileId, entry](SecretJob *done) {
        if (done->ok()) {
            outer->finishWithValue(done->value());
            return;
        }
        if (done->error()->kind != SecretError::Kind::NotFound) {
            outer->finishWithError(*done->error());
            return;
        }
        // A key stored before keys were bound to hosts: it goes with the profile's host now.
        SecretJob *legacy = store->read(legacyEntryName(profileId));
        connect(legacy, &SecretJob::finished, outer, [store, outer, profileId, entry](SecretJob *old) {
            if (!old->ok()) {
                outer->finishWithError(old->error()->kind == SecretError::Kind::NotFound
                        ? SecretError{SecretError::Kind::NotFound, {}}
                        : *old->error());
                return;
            }
            const QString value = old->value();
            SecretJob *moved = store->write(entry, value);
            connect(moved, &SecretJob::finished, outer, [store, outer, profileId, value](SecretJob *written) {
                if (written->ok()) {
                    qCInfo(lcSecrets) << "moved the key of profile" << profileId << "to its host-bound entry";
                    store->remove(legacyEntryName(profileId));
                }
                outer->finishWithValue(value); // usable either way; the move is tried again next time
            });
        });
    });
    return outer;
}

QString ProfileSecrets::entryOf(const QString &profileId) const
{
    const auto profile = m_profiles->profile(profileId);
    return profile ? entryName(profile->id, profile->baseUrl) : QString();
}

SecretJob *ProfileSecrets::failUnknown(SecretJob::Operation operation, const QString &profileId)
{
    auto *job = new SecretJob(operation, profileId, this);
    job->finishWithError({SecretError::Kind::NotFound, {}});
    return job;
}

SecretJob *ProfileSecrets::read(const QString &profileId)
{
    const QString entry = entryOf(profileId);
    if (entry.isEmpty())
        return failUnknown(SecretJob::Operation::Read, profileId);
    SecretJob *job = m_session->contains(entry)
        ? relay(m_session->read(entry), profileId, this)
        : readEntry(m_persistent, profileId, m_profiles->profile(profileId)->baseUrl);
    connect(job, &SecretJob::finished, this, [this](SecretJob *finished) {
        if (finished->ok())
            Q_EMIT keyRead(finished->profileId());
    });
    return job;
}

SecretJob *ProfileSecrets::storePermanently(const QString &profileId, const QString &secret)
{
    const QString entry = entryOf(profileId);
    if (entry.isEmpty())
        return failUnknown(SecretJob::Operation::Write, profileId);
    SecretJob *job = relay(m_persistent->write(entry, secret), profileId, this);
    connect(job, &SecretJob::finished, this, [this, entry](SecretJob *finished) {
        if (finished->ok())
            m_session->remove(entry);
    });
    return announceOnSuccess(job);
}

SecretJob *ProfileSecrets::storeForSession(const QString &profileId, const QString &secret)
{
    const QString entry = entryOf(profileId);
    if (entry.isEmpty())
        return failUnknown(SecretJob::Operation::Write, profileId);
    return announceOnSuccess(relay(m_session->write(entry, secret), profileId, this));
}

SecretJob *ProfileSecrets::remove(const QString &profileId)
{
    QString entry = entryOf(profileId);
    if (entry.isEmpty())
        entry = m_entries.value(profileId); // removed from the store already
    if (entry.isEmpty())
        return announceOnSuccess(relay(m_persistent->remove(legacyEntryName(profileId)), profileId, this));
    m_persistent->remove(legacyEntryName(profileId));
    m_session->remove(entry);
    return announceOnSuccess(relay(m_persistent->remove(entry), profileId, this));
}

bool ProfileSecrets::isSessionOnly(const QString &profileId) const
{
    const QString entry = entryOf(profileId);
    return !entry.isEmpty() && m_session->contains(entry);
}

void ProfileSecrets::onProfileUpdated(const QString &profileId)
{
    const QString entry = entryOf(profileId);
    const QString previous = m_entries.value(profileId);
    m_entries.insert(profileId, entry);
    if (previous.isEmpty() || previous == entry)
        return;
    // The address moved to another host: the key given for the old one must not go there.
    qCInfo(lcSecrets) << "profile" << profileId << "moved to another host; its stored key is dropped";
    m_session->remove(previous);
    m_persistent->remove(previous);
    m_persistent->remove(legacyEntryName(profileId));
    Q_EMIT keyChanged(profileId);
}

SecretJob *ProfileSecrets::announceOnSuccess(SecretJob *job)
{
    // Connected after the store's own handlers, so listeners see the final state.
    connect(job, &SecretJob::finished, this, [this](SecretJob *finished) {
        if (finished->ok())
            Q_EMIT keyChanged(finished->profileId());
    });
    return job;
}

} // namespace Springdesk::Secrets
