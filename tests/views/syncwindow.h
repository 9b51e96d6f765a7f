#pragma once

// A main window with a CacheSession and the Users pane, connected to a real (embedded) sandbox
// with the demo data, for widget tests that synchronise.
#include "viewtestfixture.h"

#include "core/store/cacheconnection.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"
#include "models/cachesession.h"
#include "views/userspane.h"

#include <QSet>

namespace ViewTest {

constexpr int DemoUsers = 500; // springdesk-sandbox --seed demo

struct SyncWindow
{
    explicit SyncWindow(int latencyMs)
    {
        QSignalSpy started(&server, &Springdesk::Sandbox::EmbeddedSandbox::started);
        Springdesk::Sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        options.apiKeys = {QStringLiteral("sync-test-key")};
        options.latencyMs = latencyMs;
        server.start(options);
        ok = started.wait(20000);
        if (!ok)
            return;
        session = std::make_unique<Models::CacheSession>(
            fixture.profiles.get(), fixture.secrets.get(), &fixture.status, &fixture.log);
        session->setCacheDirectory(fixture.dir.filePath(QStringLiteral("cache")));
        window = std::make_unique<Views::MainWindow>(Views::MainWindow::Services{fixture.config.get(),
            fixture.profiles.get(), fixture.secrets.get(), &fixture.log, &fixture.status, session.get()});
        pane = new Views::UsersPane(fixture.config.get(), session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        session->activate();
        window->show();
        auto profile = Settings::ConnectionProfile::create(
            QStringLiteral("Sandbox"), server.apiBaseUrl(), Settings::ProfileTag::Test);
        // the key is bound to the profile and its host: the profile comes first
        QSignalSpy stored(fixture.secrets.get(), &Secrets::ProfileSecrets::keyChanged);
        ok = fixture.profiles->add(profile).ok();
        fixture.secrets->storeForSession(profile.id, QStringLiteral("sync-test-key"));
        ok = ok && stored.wait(5000) && fixture.profiles->setActive(profile.id);
        // the cache opens on a worker thread
        ok = ok && QTest::qWaitFor([this] { return !session->currentCacheFile().isEmpty(); }, 10000);
    }

    bool logContains(const QString &text) const
    {
        for (const auto &entry : fixture.log.entries()) {
            if (entry.message.contains(text))
                return true;
        }
        return false;
    }

    int cachedDetails() const
    {
        Store::CacheConnection connection(session->currentCacheFile());
        if (connection.open())
            return -1;
        Store::UserRepository users(connection.database());
        return users.totalCount()
            - int(users.summariesNeedingDetails(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)).size());
    }

    // The cached users whose results were fetched (sync mark "results").
    QSet<QString> usersWithResults() const
    {
        QSet<QString> uids;
        Store::CacheConnection connection(session->currentCacheFile());
        if (connection.open())
            return uids;
        const Store::SyncMarks marks(connection.database());
        for (const auto &row : Store::UserRepository(connection.database()).rows({}, 0, 1'000'000)) {
            if (marks.fetchedAt(QStringLiteral("results"), row.summary.uid).isValid())
                uids.insert(row.summary.uid);
        }
        return uids;
    }

    bool ok = false;
    Springdesk::Sandbox::EmbeddedSandbox server;
    Fixture fixture;
    std::unique_ptr<Models::CacheSession> session;
    std::unique_ptr<Views::MainWindow> window;
    Views::UsersPane *pane = nullptr;
};

} // namespace ViewTest
