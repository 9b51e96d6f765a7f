#pragma once

#include "models/panecatalog.h"

#include <QWidget>

class QLabel;

namespace Springdesk::Views {

// Stands in for a pane that is not built yet: names the pane and the capability that is
// coming. It does nothing else and does not pretend to.
class ComingSoonPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ComingSoonPage(const Models::PaneInfo &info, QWidget *parent = nullptr);

    Models::Pane pane() const { return m_pane; }
    QString titleText() const;
    QString capabilityText() const;

private:
    Models::Pane m_pane;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_capability;
};

} // namespace Springdesk::Views
