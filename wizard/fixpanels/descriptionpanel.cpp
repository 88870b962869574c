// SPDX-License-Identifier: GPL-3.0-or-later
// The panel of a fix with nothing to fill in (check the recipient's address, wait and try
// again): the page shows the fix's description, and Next tests the account as it is.
#include "fixpanel.h"

namespace od {

namespace {

class DescriptionPanel : public FixPanel
{
public:
    using FixPanel::FixPanel;

protected:
    void retranslateUi() override {}
};

} // namespace

FixPanelType descriptionPanel()
{
    return fixPanelType<DescriptionPanel>();
}

} // namespace od
