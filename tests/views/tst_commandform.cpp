// CommandForm: a form generated from the endpoint table for every function, each required
// parameter left empty shown as a problem on its own row, editors by type, pasted lists, presets
// and locked fields, inline validation.
#include "core/api/endpoints.h"
#include "core/api/valuesets.h"
#include "views/commandform.h"
#include "views/paramlisteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Api::P;

Q_DECLARE_METATYPE(Springdesk::Api::Fn)

class TestCommandForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFunctionHasAFormWithItsRequiredProblems_data()
    {
        QTest::addColumn<Api::Fn>("fn");
        for (const Api::Endpoint &endpoint : Api::endpoints())
            QTest::newRow(endpoint.function.data()) << endpoint.fn;
    }

    void everyFunctionHasAFormWithItsRequiredProblems()
    {
        QFETCH(Api::Fn, fn);
        const Api::Endpoint &endpoint = Api::endpoint(fn);
        Views::CommandForm form(fn);
        bool anyRequired = false;
        for (const Api::ParamSpec &spec : endpoint.params) {
            QWidget *editor = form.editor(spec.param);
            QVERIFY2(editor, qPrintable(u"no editor for "_s + spec.name()));
            QCOMPARE(editor->objectName(), u"param_"_s + spec.name());
            QLabel *problem = form.problemLabel(spec.param);
            QVERIFY(problem);
            if (spec.isRequired()) {
                anyRequired = true;
                QVERIFY2(!problem->isHidden() && !problem->text().isEmpty(),
                    qPrintable(u"no problem shown for the empty required "_s + spec.name()));
            } else {
                QVERIFY2(problem->isHidden(), qPrintable(spec.name() + u": "_s + problem->text()));
            }
            QCOMPARE(bool(form.nameChoice(spec.param)), !spec.alternatives.isEmpty());
        }
        QCOMPARE(form.isValid(), !anyRequired);
        QVERIFY(form.generalProblemLabel()->isHidden());
    }

    void editorsFollowTheParameterType()
    {
        Views::CommandForm form(Api::Fn::AddUser);
        QVERIFY(qobject_cast<QLineEdit *>(form.editor(P::login)));
        QCOMPARE(qobject_cast<QLineEdit *>(form.editor(P::password))->echoMode(), QLineEdit::Password);
        QVERIFY(qobject_cast<QDateEdit *>(form.editor(P::dateOfBirth)));
        // a flag starts unset: not sent, which differs from off
        auto *notify = qobject_cast<QCheckBox *>(form.editor(P::notify));
        QVERIFY(notify && notify->isTristate());
        QCOMPARE(notify->checkState(), Qt::PartiallyChecked);
        QVERIFY(!form.rawParams().entry(u"notify"_s));
        notify->setCheckState(Qt::Unchecked);
        QCOMPARE(form.rawParams().entry(u"notify"_s)->values, QStringList{u"false"_s});
        // roles: a list of the closed set with translated labels and wire values
        auto *roles = qobject_cast<Views::ParamListEditor *>(form.editor(P::role));
        QVERIFY(roles && roles->choiceList());
        QCOMPARE(roles->choiceList()->count(), int(Api::ValueSets::wires(Api::ValueSet::Role).size()));
        // gender: an open set, so an editable combo
        auto *gender = qobject_cast<QComboBox *>(form.editor(P::gender));
        QVERIFY(gender && gender->isEditable());
        // a date left "not set" is not sent; a picked one is sent as YYYY-MM-DD
        auto *birth = qobject_cast<QDateEdit *>(form.editor(P::dateOfBirth));
        QVERIFY(!form.rawParams().entry(u"dateOfBirth"_s));
        birth->setDate(QDate(1990, 4, 2));
        QCOMPARE(form.rawParams().entry(u"dateOfBirth"_s)->values, QStringList{u"1990-04-02"_s});

        Views::CommandForm event(Api::Fn::AddBookableEvent);
        QVERIFY(qobject_cast<QSpinBox *>(event.editor(P::maxParticipants)));
        QVERIFY(!event.rawParams().entry(u"maxParticipants"_s));
    }

    void pastedListsAreSplit_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("lines") << u"EMP-1\nEMP-2\r\nEMP-3\n"_s << QStringList{u"EMP-1"_s, u"EMP-2"_s, u"EMP-3"_s};
        QTest::newRow("commas") << u"EMP-1, EMP-2,EMP-3"_s << QStringList{u"EMP-1"_s, u"EMP-2"_s, u"EMP-3"_s};
        QTest::newRow("semicolons") << u"EMP-1;EMP-2 ; ;EMP-3"_s << QStringList{u"EMP-1"_s, u"EMP-2"_s, u"EMP-3"_s};
        QTest::newRow("empty") << u" \n ; "_s << QStringList{};
    }

    void pastedListsAreSplit()
    {
        QFETCH(QString, pasted);
        QFETCH(QStringList, values);
        Views::CommandForm form(Api::Fn::AddGroupUsers);
        auto *users = qobject_cast<Views::ParamListEditor *>(form.editor(P::user));
        QVERIFY(users && users->textEdit());
        users->textEdit()->setPlainText(pasted);
        const Api::RawParams::Entry *entry = form.rawParams().entry(u"user"_s);
        QCOMPARE(entry ? entry->values : QStringList(), values);
        QCOMPARE(form.problemLabel(P::user)->isHidden(), !values.isEmpty());
    }

    void validatesOnEveryEdit_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("problem");
        QTest::newRow("not an address") << u"amelia.example.com"_s << true;
        QTest::newRow("address") << u"amelia@example.com"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void validatesOnEveryEdit()
    {
        QFETCH(QString, email);
        QFETCH(bool, problem);
        Views::CommandForm form(Api::Fn::AddUser);
        qobject_cast<QLineEdit *>(form.editor(P::userID))->setText(u"EMP-900"_s);
        qobject_cast<QLineEdit *>(form.editor(P::login))->setText(u"amelia"_s);
        QVERIFY(form.isValid());
        QTest::keyClicks(form.editor(P::email), email);
        QCOMPARE(form.problemLabel(P::email)->isHidden(), !problem);
        QCOMPARE(form.isValid(), !problem);
        // a bad ID is named on its row
        qobject_cast<QLineEdit *>(form.editor(P::userID))->setText(u"EMP/900"_s);
        QVERIFY(!form.problemLabel(P::userID)->isHidden());
        QVERIFY(!form.isValid());
    }

    void presetsAlternativesAndLockedFields()
    {
        Api::RawParams preset;
        preset.add(u"userUID"_s, u"u-123"_s);
        preset.add(u"firstName"_s, u"Amelia"_s);
        preset.add(u"nonsense"_s, u"1"_s);
        Views::CommandForm form(Api::Fn::UpdateUser);
        form.setValues(preset);
        form.setLocked({u"userUID"_s});
        QCOMPARE(form.nameChoice(P::userID)->currentData().toString(), u"userUID"_s);
        QVERIFY(!form.nameChoice(P::userID)->isEnabled());
        QVERIFY(qobject_cast<QLineEdit *>(form.editor(P::userID))->isReadOnly());
        QCOMPARE(form.rawParams().entry(u"userUID"_s)->values, QStringList{u"u-123"_s});
        QVERIFY(!form.rawParams().entry(u"userID"_s));
        // a name the function does not know is kept and reported, not dropped
        QVERIFY(!form.generalProblemLabel()->isHidden());
        QVERIFY(!form.isValid());
        // a preset field the admin empties is sent empty (clears it on the server)
        qobject_cast<QLineEdit *>(form.editor(P::firstName))->clear();
        QCOMPARE(form.rawParams().entry(u"firstName"_s)->values, QStringList{QString()});
        // an untouched empty field is not sent
        QVERIFY(!form.rawParams().entry(u"lastName"_s));
    }
};

QTEST_MAIN(TestCommandForm)
#include "tst_commandform.moc"
