// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Ratsmappe {
class Cache;
}

namespace Ratsmappe::Test {

/// Indexes the text of every stored document not indexed yet (TextIndexer, the PDF helper);
/// returns the pages indexed. Its own file: the store's PageLayout (textindexer.h) and the
/// reader's (documentsession.h) cannot meet in one translation unit.
int indexPendingText(Cache &cache);

} // namespace Ratsmappe::Test
