// The Changes dock over the active profile's operation log: lists what was sent, newest first,
// and filters by text, outcome and period.
#include "core/ops/operationlog.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "models/activitylog.h"
#include "models/cachesession.h"
#include "models/connectionservice.h"
#include "models/connectionstatus.h"
#include "models/operationlogmodel.h"
#include "views/changesdock.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Ops::Outcome;

class TestChangesDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndFiltersTheProfilesChanges()
    {
        QTemporaryDir dir;
        Settings::Config config(std::make_unique<QSettings>(dir.filePath(u"s.ini"_s), QSettings::IniFormat));
        Secrets::MemorySecretStore keyring;
        Secrets::MemorySecretStore sessionKeys;
        Settings::ProfileStore profiles(&config);
        Secrets::ProfileSecrets secrets(&profiles, &keyring, &sessionKeys);
        Models::ActivityLog log;
        Models::ConnectionStatus status;
        const auto profile = Settings::ConnectionProfile::create(
            u"Demo"_s, QUrl(u"http://127.0.0.1:1/api/"_s), Settings::ProfileTag::Test);
        profiles.add(profile);
        secrets.storeForSession(profile.id, u"key"_s);
        profiles.setActive(profile.id);
        Models::CacheSession session(&profiles, &secrets, &status, &log);
        session.setCacheDirectory(dir.filePath(u"cache"_s));
        Models::ConnectionService service(&profiles, &secrets, &session);
        session.activate();
        QTRY_VERIFY(!session.currentCacheFile().isEmpty());
        QTRY_VERIFY(service.isReady());
        QTRY_VERIFY(!service.logFile().isEmpty());

        Ops::OperationLog writer(service.logFile());
        QCOMPARE(writer.open(), QString());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<std::tuple<QString, Outcome, QString, qint64>> lines{
            {u"addUser"_s, Outcome::Done, u"EMP-1"_s, -3 * 86400},
            {u"addGroupUsers"_s, Outcome::Failed, u"GRP-7"_s, -60},
            {u"subscribe"_s, Outcome::VerifiedDone, u"EMP-2"_s, -30}};
        for (const auto &[function, outcome, id, ago] : lines) {
            Ops::OperationRecord r;
            r.at = now.addSecs(ago);
            r.profile = u"Demo"_s;
            r.function = function;
            r.outcome = outcome;
            r.touched = {id};
            QVERIFY(writer.append(r) > 0);
        }

        Views::ChangesDock dock(&service);
        dock.reload();
        QCOMPARE(dock.model()->rowCount(), 3);
        QCOMPARE(dock.view()->model()->index(0, Models::OperationLogModel::Function).data().toString(), u"subscribe"_s);

        dock.textFilter()->setText(u"grp-7"_s);
        QTRY_COMPARE(dock.model()->rowCount(), 1);
        dock.textFilter()->clear();
        QTRY_COMPARE(dock.model()->rowCount(), 3);
        dock.outcomeFilter()->setCurrentIndex(dock.outcomeFilter()->findData(int(Outcome::VerifiedDone)));
        QCOMPARE(dock.model()->rowCount(), 1);
        dock.outcomeFilter()->setCurrentIndex(0);
        dock.periodFilter()->setCurrentIndex(dock.periodFilter()->findData(86400));
        QCOMPARE(dock.model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestChangesDock)
#include "tst_changesdock.moc"
