#pragma once

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class CoursePickerDialog;
}
namespace Springdesk::Models {
class CachedCourseModel;
}

namespace Springdesk::Views {

// Picks one of the cached courses: a list filtered as you type (name or external ID) with
// each course's cached learner count. OK is enabled when a course is selected; double-click
// picks it. The caller fills the model (CachedCourseModel::load) before showing the dialog.
class CoursePickerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CoursePickerDialog(Models::CachedCourseModel *model, QWidget *parent = nullptr);
    ~CoursePickerDialog() override;

    // The UID of the selected course; empty when none is selected.
    QString selectedCourseUid() const;
    void setFilterText(const QString &text);
    // Courses shown with the current filter.
    int visibleCount() const;
    // Selects the first course shown whose name or external ID is `text` (ignoring case); false if none.
    bool selectCourse(const QString &text);

private:
    void updateState();

    std::unique_ptr<Ui::CoursePickerDialog> m_ui;
    Models::CachedCourseModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Springdesk::Views
