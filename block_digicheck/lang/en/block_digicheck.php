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
 * English strings for block_digicheck.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['allorganisations'] = 'All organisations';
$string['allresults_one'] = 'Results of the {$a} organisation, area by area';
$string['allresults_other'] = 'Results of all {$a} organisations, area by area';
$string['campaign_all'] = 'All survey campaigns';
$string['campaign_noneopen'] = 'No survey campaign is open.';
$string['campaign_participation'] = 'Survey participation';
$string['continuecheck'] = 'Continue the check ({$a->answered} of {$a->items} answered)';
$string['controlling_dashboard'] = 'Project controlling';
$string['controlling_more'] = '(more amber or red indicators)';
$string['controlling_nowarnings'] = 'No indicator is amber or red.';
$string['controlling_title'] = 'Indicators, {$a}';
$string['digicheck:addinstance'] = 'Add a new digitalisation check block';
$string['digicheck:myaddinstance'] = 'Add a new digitalisation check block to the Dashboard';
$string['distribution'] = 'Distribution per area';
$string['distribution_caption'] = 'Number of organisations per maturity level and area (latest submitted check of each organisation)';
$string['latest'] = 'Latest result ({$a->date}): {$a->score} of 100, "{$a->level}"';
$string['mean'] = 'Mean';
$string['nocheck'] = 'The digitalisation check is not installed.';
$string['nomembership'] = 'You are not assigned to a member organisation yet. The academy can add you to yours.';
$string['noresults'] = 'No check results yet.';
$string['participation_one'] = 'Check submitted: {$a->participating} of {$a->total} organisation ({$a->percent} %).';
$string['participation_other'] = 'Check submitted: {$a->participating} of {$a->total} organisations ({$a->percent} %).';
$string['participationlabel'] = 'Participation';
$string['pluginname'] = 'Digitalisation check';
$string['privacy:metadata'] = 'The digitalisation check block only displays results; it does not store any personal data itself.';
$string['radarlabel'] = 'Scores of your organisation per area';
$string['target_one'] = 'Target: {$a->target} % ({$a->count} organisation).';
$string['target_other'] = 'Target: {$a->target} % ({$a->count} organisations).';
$string['targetmet'] = 'Target reached';
$string['valuesastable'] = 'Values as a table';
$string['viewoverview'] = 'View the results of all organisations';
