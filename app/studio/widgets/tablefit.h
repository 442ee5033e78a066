#pragma once

class QTableView;

namespace debrief::studio {

// Makes `view` exactly tall enough for its header and `rows` rows (plus the horizontal scroll bar
// when it may appear), so a short table inside a scrolling tab never scrolls on its own nor leaves
// empty rows. Call again when the row count changes.
void fitHeightToRows(QTableView* view, int rows);

}  // namespace debrief::studio
