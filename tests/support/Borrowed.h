// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace inbox::test {

/// A shared pointer to an object the test owns (on its stack), for code that takes shared
/// ownership of its collaborators: nothing is deleted when the last copy goes.
template<class T>
std::shared_ptr<T> borrowed(T *object)
{
    return std::shared_ptr<T>(object, [](T *) {});
}

} // namespace inbox::test
