// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace inbox {

/// Turns what a person typed into an FTS5 query: every word must appear, each as a prefix (a
/// single letter as a whole word), and
/// FTS5 syntax in the input ("AND", quotes, *, :) is taken literally. Empty when there is no word.
QString ftsQueryFor(const QString &typed);

} // namespace inbox
