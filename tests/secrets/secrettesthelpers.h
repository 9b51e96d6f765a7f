#pragma once

#include "core/secrets/secretjob.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QUuid>

#include <memory>

namespace SecretTest {

// Runs `job` to its end and returns a copy of its outcome (the job deletes itself).
struct Outcome
{
    bool finished = false;
    bool ok = false;
    QString value;
    std::optional<Springdesk::Secrets::SecretError> error;
    int finishedCount = 0;
};

inline Outcome wait(Springdesk::Secrets::SecretJob *job, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(
        job, &Springdesk::Secrets::SecretJob::finished, job, [outcome](Springdesk::Secrets::SecretJob *finished) {
            outcome->finished = true;
            outcome->ok = finished->ok();
            outcome->value = finished->value();
            outcome->error = finished->error();
            ++outcome->finishedCount;
        });
    (void)QTest::qWaitFor([outcome] { return outcome->finished; }, timeoutMs);
    QTest::qWait(50); // a second `finished` would arrive here
    return *outcome;
}

// A value that cannot occur by chance, so a grep finds only our own copies.
inline QString uniqueSecret()
{
    return QStringLiteral("sd-secret-") + QUuid::createUuid().toString(QUuid::Id128);
}

// Every regular file under `root` that contains `needle` (as UTF-8, UTF-16 or base64).
inline QStringList filesContaining(const QString &root, const QString &needle)
{
    const QList<QByteArray> forms{needle.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2), needle.toUtf8().toBase64()};
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        for (const auto &form : forms) {
            if (data.contains(form)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

} // namespace SecretTest
