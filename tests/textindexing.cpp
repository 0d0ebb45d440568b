// SPDX-License-Identifier: GPL-2.0-or-later
#include "textindexing.h"

#include "textindexer.h"

namespace Ratsmappe::Test {

int indexPendingText(Cache &cache)
{
    TextIndexer indexer(cache);
    return indexer.indexPending().pages;
}

} // namespace Ratsmappe::Test
