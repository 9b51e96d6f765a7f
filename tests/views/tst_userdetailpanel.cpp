// The user's details in the Users pane against the embedded demo sandbox: the results tree is
// "not fetched" until Fetch results, then shows course → activity → attempt rows as getResults
// answers them; Refresh this user brings the skill profiles and bundle-course subscriptions, dated;
// "Get SSO login link…" makes a /do?action=sso link for the selected user that joins the SSO
// login links pane's list.
#include "panetestsupport.h"

#include "core/api/apiclient.h"
#include "core/domain/metatypes.h"
#include "core/store/subscriptionrepository.h"
#include "models/ssolinklistmodel.h"
#include "models/ssolinkmaker.h"
#include "models/userresultsmodel.h"
#include "models/usertablemodel.h"
#include "views/ssolinkdialog.h"
#include "views/ssolinkform.h"
#include "views/ssolinkspane.h"
#include "views/userdetailpanel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <QUrlQuery>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::UserResultsModel;
using ViewTest::SyncWindow;

namespace {

// Runs a call of the test's own client and returns its value (default on error).
template <typename T> T fetch(Api::ApiJob *job)
{
    T value{};
    bool done = false;
    QObject::connect(job, &Api::ApiJob::finished, job, [&](Api::ApiJob *j) {
        if (!j->hasError())
            value = j->valueAs<T>();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("call did not finish");
    return value;
}

// The cached learners (UIDs), from the rosters the sync wrote.
QStringList cachedLearners(const SyncWindow &w)
{
    QStringList uids;
    Store::CacheConnection connection(w.session->currentCacheFile());
    if (connection.open())
        return uids;
    const Store::SubscriptionRepository subs(connection.database());
    for (const auto &row : Store::UserRepository(connection.database()).rows({}, 0, 1'000'000)) {
        if (!subs.subscriptionsOfUser(row.summary.uid).isEmpty())
            uids << row.summary.uid;
    }
    return uids;
}

// Shows only the user with this login and makes them current.
bool selectUser(SyncWindow &w, const QString &uid)
{
    const auto user = w.pane->cachedUsers({uid});
    if (user.isEmpty())
        return false;
    w.pane->filterEdit()->setText(user.first().email);
    if (!QTest::qWaitFor([&] { return w.pane->model()->rowCount() == 1 && w.pane->model()->uidAt(0) == uid; }, 10000))
        return false;
    w.pane->table()->setCurrentIndex(w.pane->model()->index(0, 0));
    return w.pane->detailPanel()->uid() == uid;
}

} // namespace

class TestUserDetailPanel : public QObject
{
    Q_OBJECT

    Api::ApiClient m_client;

    void connectClient(const SyncWindow &w)
    {
        m_client.setBaseUrl(w.server.apiBaseUrl());
        m_client.setApiKey(u"sync-test-key"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(u":/i18n/springdesk_en.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(translator));
    }

    void resultsTreeAfterAFetch()
    {
        SyncWindow w(0);
        QVERIFY(w.ok);
        connectClient(w);
        QVERIFY(ViewTest::syncOnce(w));
        // a learner whose results on the server have activities with attempts
        QString uid;
        QList<Domain::CourseResult> expected;
        for (const QString &candidate : cachedLearners(w)) {
            expected = fetch<QList<Domain::CourseResult>>(
                m_client.call(Api::Fn::GetResults, Api::ApiParams().set(Api::P::userUID, candidate)));
            const bool attempts = std::any_of(expected.cbegin(), expected.cend(), [](const Domain::CourseResult &r) {
                return std::any_of(r.parts.cbegin(), r.parts.cend(),
                    [](const Domain::ResultPart &p) { return !p.attempts.isEmpty(); });
            });
            if (attempts) {
                uid = candidate;
                break;
            }
        }
        QVERIFY(!uid.isEmpty());
        QVERIFY(selectUser(w, uid));
        Views::UserDetailPanel *details = w.pane->detailPanel();
        QPushButton *fetchButton = details->fetchResultsButton();
        QTRY_VERIFY(fetchButton->isEnabled());
        QVERIFY(fetchButton->isVisible());
        QVERIFY(!details->resultsTree()->isVisible()); // nothing to show yet
        QVERIFY(details->resultsStateLabel()->text().startsWith(u"Not fetched yet"_s));
        QVERIFY(!details->resultsModel()->isFetched());

        QSignalSpy finished(w.session.get(), &Models::CacheSession::syncFinished);
        fetchButton->click();
        QVERIFY(!fetchButton->isEnabled());
        QCOMPARE(details->resultsStateLabel()->text(), u"Fetching the results from the server…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.at(0).at(0).value<Store::SyncReport>().ok());

        // the tree is the server's answer: course → activity → attempt
        UserResultsModel *model = details->resultsModel();
        QTRY_VERIFY(model->isFetched());
        QVERIFY(details->resultsTree()->isVisible());
        QVERIFY(fetchButton->isEnabled());
        QCOMPARE(fetchButton->text().remove(u'&'), u"Fetch again"_s);
        QVERIFY(details->resultsStateLabel()->text().contains(u"course"_s));
        QCOMPARE(model->rowCount(), expected.size());
        for (const Domain::CourseResult &course : expected) {
            const QModelIndex c = model->indexOfKey(course.subscription.uid);
            QVERIFY2(c.isValid(), qPrintable(course.subscription.name));
            QCOMPARE(c.data().toString(), course.subscription.name);
            QCOMPARE(c.siblingAtColumn(UserResultsModel::Score).data().toString(), course.grade);
            QCOMPARE(c.siblingAtColumn(UserResultsModel::Status).data(Models::RawValueRole).toBool(), course.completed);
            QCOMPARE(model->rowCount(c), course.parts.size());
            for (int p = 0; p < course.parts.size(); ++p) {
                const Domain::ResultPart &part = course.parts.at(p);
                const QModelIndex a = model->index(p, 0, c);
                QCOMPARE(a.data().toString(), part.name);
                QCOMPARE(a.siblingAtColumn(UserResultsModel::Score).data().toString(), part.score);
                QCOMPARE(model->rowCount(a), part.attempts.size());
                for (int n = 0; n < part.attempts.size(); ++n) {
                    const QModelIndex attempt = model->index(n, 0, a);
                    QCOMPARE(attempt.data(Models::RawValueRole).toInt(), part.attempts.at(n).attemptNumber);
                    QCOMPARE(
                        attempt.siblingAtColumn(UserResultsModel::Score).data().toString(), part.attempts.at(n).score);
                    QCOMPARE(attempt.siblingAtColumn(UserResultsModel::Progress).data().toString(),
                        part.attempts.at(n).progress);
                }
            }
        }
        // courses open on their activities
        QVERIFY(details->resultsTree()->isExpanded(model->index(0, 0)));
    }

    void profilesAndBundlesAfterARefresh()
    {
        SyncWindow w(0);
        QVERIFY(w.ok);
        connectClient(w);
        QVERIFY(ViewTest::syncOnce(w));
        // a learner with a skill profile and a bundle-course subscription on the server
        QString uid;
        QList<Domain::SkillProfile> profiles;
        QList<Domain::BundleCourseSubscription> bundles;
        for (const QString &candidate : cachedLearners(w)) {
            const auto params = Api::ApiParams().set(Api::P::userUID, candidate);
            profiles = fetch<QList<Domain::SkillProfile>>(m_client.call(Api::Fn::GetStudentSkillProfiles, params));
            if (profiles.isEmpty())
                continue;
            bundles = fetch<QList<Domain::BundleCourseSubscription>>(
                m_client.call(Api::Fn::GetBundleCourseSubscriptions, params));
            if (!bundles.isEmpty()) {
                uid = candidate;
                break;
            }
        }
        QVERIFY(!uid.isEmpty());
        QVERIFY(selectUser(w, uid));
        Views::UserDetailPanel *details = w.pane->detailPanel();
        QString text = details->text();
        QVERIFY2(
            text.contains(u"Not fetched yet: refresh this user to fetch their skill profiles."_s), qPrintable(text));
        QVERIFY(text.contains(u"Not fetched yet: refresh this user to fetch their bundle subscriptions."_s));

        QSignalSpy finished(w.session.get(), &Models::CacheSession::syncFinished);
        QTRY_VERIFY(details->refreshButton()->isEnabled());
        details->refreshButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.at(0).at(0).value<Store::SyncReport>().ok());
        text = details->text();
        for (const auto &p : profiles)
            QVERIFY2(text.contains(p.name), qPrintable(p.name + u'\n' + text));
        for (const auto &b : bundles)
            QVERIFY2(text.contains(b.name), qPrintable(b.name + u'\n' + text));
        QVERIFY(!text.contains(u"Not fetched yet: refresh this user"_s));
        QVERIFY(text.contains(u"Fetched "_s));
        // a refresh fetches the results too
        QVERIFY(details->resultsModel()->isFetched());

        // a profile linked from this window shows at once, without a sync
        connect(w.window->connectionService(), &Models::ConnectionService::cacheChanged, w.pane,
            &Views::UsersPane::applyCacheChange);
        const auto all = fetch<QList<Domain::SkillProfile>>(m_client.call(Api::Fn::GetSkillProfiles));
        const auto other = std::find_if(all.cbegin(), all.cend(), [&profiles](const Domain::SkillProfile &p) {
            return !p.id.isEmpty()
                && std::none_of(
                    profiles.cbegin(), profiles.cend(), [&p](const Domain::SkillProfile &q) { return q.uid == p.uid; });
        });
        QVERIFY(other != all.cend());
        QVERIFY(!text.contains(other->name));
        Api::RawParams raw;
        raw.add(Api::P::skillProfileID, other->id);
        raw.add(Api::P::userUID, uid);
        bool succeeded = false;
        QVERIFY(ViewTest::runOperation(w, Api::Fn::AddSkillProfileUsers, raw, &succeeded));
        QVERIFY(succeeded);
        QTRY_VERIFY2(details->text().contains(other->name), qPrintable(details->text()));
    }

    void ssoLinkForTheSelectedUserJoinsTheSsoPaneList()
    {
        SyncWindow w(0);
        QVERIFY(w.ok);
        auto *sso = new Views::SsoLinksPane(w.fixture.config.get(), w.session.get(), w.window->connectionService());
        w.window->setPaneWidget(Models::Pane::SsoLinks, sso);
        QVERIFY(!w.pane->ssoLinkAction()); // only with a maker
        w.pane->setSsoLinkMaker(sso->linkMaker());
        QAction *action = w.pane->ssoLinkAction();
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+L"_s));
        QVERIFY(w.pane->table()->actions().contains(action)); // context menu
        QVERIFY(w.pane->detailPanel()->ssoLinkButton()->isVisibleTo(w.pane->detailPanel()));
        QVERIFY(!action->isEnabled()); // no user yet
        QVERIFY(ViewTest::syncOnce(w));
        QTRY_VERIFY(w.pane->model()->rowCount() > 3);
        w.pane->table()->setCurrentIndex(w.pane->model()->index(2, 0));
        const QString uid = w.pane->currentKey();
        const auto users = w.pane->cachedUsers({uid});
        QCOMPARE(users.size(), 1);
        QTRY_VERIFY(action->isEnabled());

        action->trigger();
        Views::SsoLinkDialog *dialog = w.pane->ssoLinkDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        Views::SsoLinkForm *form = dialog->form();
        QCOMPARE(form->userUid(), uid);
        // course and redirect together: refused before a token is asked for
        form->courseEdit()->setText(u"CRS-0001"_s);
        form->redirectEdit()->setText(u"/catalog"_s);
        QVERIFY(!form->getLink());
        QVERIFY(!form->statusLabel()->text().isEmpty());
        form->courseEdit()->clear();

        QSignalSpy made(form, &Views::SsoLinkForm::linkMade);
        QTRY_VERIFY(form->getLinkButton()->isEnabled());
        form->getLinkButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(made.count(), 1, 20000);
        const QUrl url = made.at(0).at(0).toUrl();
        QCOMPARE(url.path(), u"/do"_s);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"action"_s), u"sso"_s);
        QCOMPARE(query.queryItemValue(u"user"_s), users.first().id.isEmpty() ? uid : users.first().id);
        QVERIFY(!query.queryItemValue(u"token"_s).isEmpty());
        QCOMPARE(query.queryItemValue(u"redirect"_s, QUrl::FullyDecoded), u"/catalog"_s);
        QVERIFY(!url.toString().contains(u"sync-test-key"_s));
        QCOMPARE(form->linkEdit()->text(), url.toString(QUrl::FullyEncoded));
        form->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString(QUrl::FullyEncoded));

        // the same list as the SSO pane's
        QCOMPARE(sso->links()->rowCount(), 1);
        QCOMPARE(sso->links()->entryAt(0).userUid, uid);
        QCOMPARE(sso->links()->entryAt(0).url, url);
        QVERIFY(sso->copyButton()->isEnabled());
        dialog->close();
        QTRY_VERIFY(!w.pane->ssoLinkDialog());
    }
};

QTEST_MAIN(TestUserDetailPanel)
#include "tst_userdetailpanel.moc"
