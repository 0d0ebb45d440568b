// SPDX-License-Identifier: GPL-2.0-or-later
int main()
{
    return 1; // the writer follows
}
