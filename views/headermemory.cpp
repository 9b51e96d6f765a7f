#include "views/headermemory.h"

#include <QHeaderView>

namespace Springdesk::Views {

bool HeaderMemory::keep(QHeaderView *header, Settings::Config *config, Settings::ConfigKey key)
{
    const QByteArray state = config->get(key).toByteArray();
    const bool restored = !state.isEmpty() && header->restoreState(state);
    const auto saveNow = [header, config, key] { save(header, config, key); };
    QObject::connect(header, &QHeaderView::sectionResized, config, saveNow);
    QObject::connect(header, &QHeaderView::sectionMoved, config, saveNow);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, config, saveNow);
    return restored;
}

void HeaderMemory::save(QHeaderView *header, Settings::Config *config, Settings::ConfigKey key)
{
    config->set(key, header->saveState());
}

} // namespace Springdesk::Views
