#pragma once

#include "core/settings/connectionprofile.h"

#include <QLabel>

#include <optional>

namespace Springdesk::Views {

// A small rounded badge with the tag's name on the tag's colour ("PRODUCTION" in red).
class TagLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit TagLabel(QWidget *parent = nullptr);

    void setTag(std::optional<Settings::ProfileTag> tag);
    std::optional<Settings::ProfileTag> tag() const { return m_tag; }

private:
    std::optional<Settings::ProfileTag> m_tag;
};

} // namespace Springdesk::Views
