// SPDX-License-Identifier: GPL-3.0-or-later
// The library odtranslations carries only the compiled catalogues (as Qt resources); this
// file gives it a translation unit of its own.
namespace od {
int translationsAnchor() { return 0; }
}
