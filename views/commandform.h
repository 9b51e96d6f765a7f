#pragma once

#include "core/api/endpoints.h"
#include "core/api/paramvalidator.h"
#include "core/api/rawparams.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace Springdesk::Views {

// The form of one API function, generated from the endpoint table (never a field list per
// command): a row per parameter with its translated label (Api::paramLabel), a required marker
// and an editor chosen by type — text (completions from the cache for user, group and course IDs),
// a date or date-time with an explicit "not set" state, spin boxes for numbers, a tri-state check
// box for flags (not set ≠ off), a combo for a value set (closed: only its values; open:
// suggestions), a list editor for arrays, a file picker for files. A parameter that may be given
// by an alternative (user ID or UID) has a choice of which one.
//
// Every edit validates the form's RawParams with Api::ParamValidator and shows each problem
// beside its parameter; validationChanged() tells the dialog. Values of a preset that the admin
// empties are sent empty (which clears the field on the server); other empty fields are not sent.
class CommandForm final : public QWidget
{
    Q_OBJECT

public:
    // `cacheFile`: the active cache, for completions (empty: none).
    explicit CommandForm(Api::Fn fn, const QString &cacheFile = {}, QWidget *parent = nullptr);
    ~CommandForm() override;

    Api::Fn function() const { return m_fn; }
    // Fills the form (wire names; an alternative's name selects that alternative). Names the
    // form does not have are kept and sent, so validation reports them rather than losing them.
    void setValues(const Api::RawParams &values);
    // Shows these parameters (wire names, or an alternative's) read-only.
    void setLocked(const QStringList &names);

    // What the form says now, as typed.
    Api::RawParams rawParams() const;
    const Api::Validation &validation() const { return m_validation; }
    bool isValid() const { return m_validation.isValid(); }
    // The value given for `param` (or its chosen alternative), first value for a list; empty when none.
    QString valueOf(Api::P param) const;

    // The editor of a parameter (named "param_<wire name>"), its problem label and, for parameters
    // with alternatives, the choice of name; nullptr when the function has no such parameter.
    QWidget *editor(Api::P param) const;
    QLabel *problemLabel(Api::P param) const;
    QComboBox *nameChoice(Api::P param) const;
    // Problems on no row of the form (names the function does not know).
    QLabel *generalProblemLabel() const { return m_general; }

Q_SIGNALS:
    // After every edit, with the new validation.
    void validationChanged();

private:
    struct Row;
    void addRow(const Api::ParamSpec &spec);
    QWidget *makeEditor(Row &row);
    QStringList editorValues(const Row &row) const;
    void setEditorValues(Row &row, const QStringList &values);
    QString chosenName(const Row &row) const;
    void chooseFile(Row &row);
    void revalidate();

    Api::Fn m_fn;
    QString m_cacheFile;
    QFormLayout *m_layout;
    QLabel *m_general;
    QList<Row *> m_rows;
    Api::RawParams m_extra; // preset names without a row
    Api::Validation m_validation;
    bool m_filling = false;
};

} // namespace Springdesk::Views
