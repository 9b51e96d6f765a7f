#pragma once

// The role every table model shown in a Views::ResourcePane answers on every column with the
// row's stable key (a UID, or an ID where the API has no UID), as a QString. Panes keep the
// selection, the current row and the scroll position by this key when the model reloads
// (after a sync, a refresh or a fetch), so a row stays selected wherever it moves.
// It is the pane models' shared KeyRole of modelroles.h (one definition for every pane).
#include "models/modelroles.h"
