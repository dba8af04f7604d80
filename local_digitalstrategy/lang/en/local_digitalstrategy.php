<?php
// This file is part of Moodle - http://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

/**
 * English strings for local_digitalstrategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['admincategory'] = 'digit@l und sozi@l';
$string['changesettings'] = 'Change the settings';
$string['digitalstrategy:answercheck'] = 'Answer the digitalisation check for one\'s own organisation';
$string['digitalstrategy:manageorganisations'] = 'Manage organisations and their members';
$string['digitalstrategy:viewallresults'] = 'View the results of all organisations';
$string['noorganisations'] = 'No organisations have been set up yet, so there are no check or survey results to show.';
$string['overview'] = 'Programme overview';
$string['overview_intro'] = 'This overview brings together the digitalisation check, the surveys and the project indicators of all member organisations.';
$string['participationtarget'] = 'Participation target';
$string['participationtarget_desc'] = 'Share of member organisations, in percent (0–100), that should take part in a survey. Participation is measured against this target.';
$string['participationtarget_value'] = '{$a} % of member organisations';
$string['peerthreshold'] = 'Minimum number of organisations for peer comparison';
$string['peerthreshold_desc'] = 'An organisation sees the anonymous average of other organisations only when at least this many organisations have results. Lower values make it easier to work out the result of a single organisation.';
$string['peerthreshold_value'] = '{$a} organisations';
$string['pluginname'] = 'digit@l und sozi@l: digital strategy';
$string['privacy:metadata'] = 'The digital strategy plugin does not store any personal data yet.';
$string['settings'] = 'Settings';
