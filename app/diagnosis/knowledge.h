// SPDX-License-Identifier: GPL-3.0-or-later
// What each cause means, who has to act and what to try: the taxonomy's rows live in
// core/vocabulary.h; this header keeps the diagnosis code's include short.
#pragma once

#include "core/vocabulary.h"
