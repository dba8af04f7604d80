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

$string['addmember'] = 'Add member';
$string['addorganisation'] = 'Add organisation';
$string['admincategory'] = 'digit@l und sozi@l';
$string['answererror_dontknownotoffered'] = 'This question does not offer "Don\'t know". Please choose one of the answers.';
$string['answererror_notyesno'] = 'Please answer this question with yes or no.';
$string['answererror_outofrange'] = 'The answer "{$a->value}" is not possible here: please choose a value from {$a->min} to {$a->max}.';
$string['answererror_relevancenotasked'] = 'This question does not ask how relevant the topic is.';
$string['answererror_relevanceoutofrange'] = 'Please rate the relevance from 1 to {$a->max}.';
$string['answererror_texttoolong'] = 'The text is too long: at most {$a->max} characters are possible.';
$string['answererror_unknownitem'] = 'This question is not part of the check (any more). Please reload the page.';
$string['answererror_unknownoption'] = 'The option "{$a->option}" does not exist for this question.';
$string['answererror_valuewithdontknow'] = 'Please choose either an answer or "Don\'t know", not both.';
$string['archive'] = 'Archive';
$string['archived'] = 'Archived';
$string['changesettings'] = 'Change the settings';
$string['digitalstrategy:answercheck'] = 'Answer the digitalisation check for one\'s own organisation';
$string['digitalstrategy:manageorganisations'] = 'Manage organisations and their members';
$string['digitalstrategy:viewallresults'] = 'View the results of all organisations';
$string['editorganisation'] = 'Edit {$a}';
$string['employees'] = 'Number of employees';
$string['error_employees'] = 'Please enter the number of employees as a whole number, or leave the field empty.';
$string['error_fieldofwork'] = 'Unknown field of work. Possible values: care, daycare, counselling, disability, youth, other.';
$string['error_idnumbertaken'] = 'Another organisation already has this identifier.';
$string['error_memberofother'] = 'This person already belongs to the organisation "{$a}". Remove them there first.';
$string['error_namerequired'] = 'Please enter the name of the organisation.';
$string['error_role'] = 'Unknown role. Possible values: {$a}.';
$string['error_toolong'] = 'This text is too long.';
$string['error_usernotfound'] = 'No such user account.';
$string['eventanswersaved'] = 'Check answer saved';
$string['eventcheckstarted'] = 'Check started';
$string['eventchecksubmitted'] = 'Check submitted';
$string['export'] = 'Export';
$string['exportjson'] = 'Download as JSON';
$string['fieldofwork'] = 'Field of work';
$string['fieldofwork_care'] = 'Care services';
$string['fieldofwork_counselling'] = 'Counselling';
$string['fieldofwork_daycare'] = 'Day care for children';
$string['fieldofwork_disability'] = 'Disability services';
$string['fieldofwork_other'] = 'Other';
$string['fieldofwork_youth'] = 'Youth services';
$string['importaction_memberadd'] = 'add {$a} as a member';
$string['importaction_memberrole'] = 'change the role of {$a}';
$string['importaction_none'] = 'No change';
$string['importaction_orgcreate'] = 'create the organisation';
$string['importaction_orgupdate'] = 'update the organisation';
$string['importagain'] = 'Upload a corrected file';
$string['importconfirm'] = 'Import the rows without errors';
$string['importdone'] = 'Import finished: {$a->created} organisations created, {$a->updated} updated, {$a->members} memberships added or changed, {$a->skipped} rows with errors skipped.';
$string['imported'] = 'Imported';
$string['importerror_conflict'] = 'The column "{$a->column}" differs from line {$a->line} for the same organisation.';
$string['importerror_duplicatecolumn'] = 'The column "{$a}" appears more than once.';
$string['importerror_missingcolumn'] = 'The column "{$a}" is missing.';
$string['importerror_noidnumber'] = 'The identifier (column idnumber) is missing.';
$string['importerror_nouser'] = 'There is no user account "{$a}".';
$string['importerror_pilot'] = '"{$a}" is not a valid value for pilot: use yes or no (ja/nein, 1/0).';
$string['importerror_rolewithoutuser'] = 'A role is given, but no username or e-mail address.';
$string['importerror_unknowncolumn'] = 'The column "{$a}" is unknown. Possible columns: idnumber, name, location, fieldofwork, employees, pilot, username, email, role.';
$string['importerror_unreadable'] = 'The file could not be read as CSV. {$a}';
$string['importerror_usertwice'] = 'This person is listed for another organisation ({$a}) in the same file.';
$string['importexpired'] = 'The uploaded file is no longer available (the preview is too old). Please upload it again.';
$string['importfile'] = 'CSV file';
$string['importfile_help'] = 'One row per organisation or membership, with a header row. Columns: idnumber (required), name, location, fieldofwork (care, daycare, counselling, disability, youth, other), employees, pilot (yes/no), username or email, role (leadership or staff). Further rows with the same idnumber may leave the organisation columns empty and add more members.';
$string['importfileerrors'] = 'The file cannot be imported:';
$string['importinstrument'] = 'Import an instrument';
$string['importintro'] = 'Upload a CSV file of organisations and their members. You will see a preview with the result of every row before anything is changed.';
$string['importline'] = 'Line';
$string['importorganisations'] = 'Import organisations';
$string['importpreview'] = 'Preview';
$string['importresult'] = 'Result';
$string['importsummary'] = '{$a->valid} rows can be imported, {$a->invalid} rows have errors and will be skipped.';
$string['instrumenterror_const'] = 'must be {$a->expected}.';
$string['instrumenterror_duplicate'] = 'the key "{$a->key}" is used twice (first at {$a->first}).';
$string['instrumenterror_enum'] = 'must be one of: {$a->allowed}.';
$string['instrumenterror_forbidden'] = '"{$a->property}" is not allowed for questions of the type {$a->type}.';
$string['instrumenterror_invalidjson'] = 'the file is not valid JSON: {$a->message}';
$string['instrumenterror_maxitems'] = 'at most {$a->max} entries are allowed.';
$string['instrumenterror_maxlength'] = 'the text is too long (at most {$a->max} characters).';
$string['instrumenterror_minitems'] = 'at least {$a->min} entries are needed.';
$string['instrumenterror_minlength'] = 'must not be empty.';
$string['instrumenterror_pattern'] = 'has the wrong form (expected: {$a->pattern}).';
$string['instrumenterror_range'] = 'must lie between {$a->min} and {$a->max}.';
$string['instrumenterror_required'] = '"{$a->property}" is missing.';
$string['instrumenterror_type'] = 'must be of the type {$a->expected}.';
$string['instrumenterror_unknown'] = '"{$a->property}" is not a known property.';
$string['instrumentfile'] = 'Instrument file';
$string['instrumentfile_help'] = 'A questionnaire as JSON in the format of db/instruments/schema.json. To change an instrument, export it, edit it and raise its version: answers stay tied to the version they were given for, new runs use the newest version.';
$string['instrumentidnumber'] = 'Identifier';
$string['instrumentimported'] = '"{$a->name}" version {$a->version} was imported.';
$string['instrumentinvalid'] = 'The file was not imported because it does not match the instrument format. Nothing has been changed. Please correct these points:';
$string['instrumentkind'] = 'Kind';
$string['instrumentnotfound'] = 'The questionnaire could not be found. Please ask the academy to install the digitalisation check.';
$string['instruments'] = 'Questionnaires';
$string['instrumentunchanged'] = '"{$a->name}" version {$a->version} is already installed with exactly this content.';
$string['instrumentversionexists'] = 'Version {$a->version} of the instrument "{$a->idnumber}" already exists with different content. Raise the version number in the file to import your changes.';
$string['invalidorganisation'] = 'The organisation could not be saved: {$a}';
$string['kind_check'] = 'Check';
$string['kind_feedback'] = 'Feedback';
$string['kind_survey'] = 'Survey';
$string['location'] = 'Location';
$string['locktimeout'] = 'Somebody else is saving the same answer right now. Please try again in a moment.';
$string['maturity0'] = 'Not started';
$string['maturity1'] = 'First steps';
$string['maturity2'] = 'Under way';
$string['maturity3'] = 'Established';
$string['maturity4'] = 'Leading';
$string['memberadded'] = 'The member was added.';
$string['memberremoved'] = 'The member was removed. Their answers stay with the organisation.';
$string['members'] = 'Members';
$string['membersince'] = 'Member since';
$string['membersof'] = 'Members of {$a}';
$string['nomembers'] = 'This organisation has no members yet.';
$string['noorganisations'] = 'No organisations have been set up yet, so there are no check or survey results to show.';
$string['notmember'] = 'You are not a member of this organisation, so you cannot see or change its check.';
$string['organisationarchived'] = 'This organisation is archived: its results can be viewed, but the check can no longer be answered.';
$string['organisationarchivednotice'] = '{$a} was archived.';
$string['organisationidnumber'] = 'Identifier';
$string['organisationidnumber_help'] = 'A short unique identifier, for example the number in the association\'s member register. The CSV import uses it to recognise the organisation.';
$string['organisationname'] = 'Name of the organisation';
$string['organisationnotfound'] = 'The organisation could not be found.';
$string['organisations'] = 'Organisations';
$string['organisationsaved'] = '{$a} was saved.';
$string['organisationunarchived'] = '{$a} is active again.';
$string['overview'] = 'Programme overview';
$string['overview_intro'] = 'This overview brings together the digitalisation check, the surveys and the project indicators of all member organisations.';
$string['participationtarget'] = 'Participation target';
$string['participationtarget_desc'] = 'Share of member organisations, in percent (0–100), that should take part in a survey. Participation is measured against this target.';
$string['participationtarget_value'] = '{$a} % of member organisations';
$string['peerthreshold'] = 'Minimum number of organisations for peer comparison';
$string['peerthreshold_desc'] = 'An organisation sees the anonymous average of other organisations only when at least this many organisations have results. Lower values make it easier to work out the result of a single organisation.';
$string['peerthreshold_value'] = '{$a} organisations';
$string['pilot'] = 'Pilot organisation';
$string['pilot_label'] = 'Takes part as a pilot organisation';
$string['pluginname'] = 'digit@l und sozi@l: digital strategy';
$string['privacy:metadata:answer'] = 'The answers an organisation gives in a check, survey or feedback form, with who gave each answer last.';
$string['privacy:metadata:answer:dontknow'] = 'Whether the answer was "don\'t know".';
$string['privacy:metadata:answer:itemkey'] = 'The question answered.';
$string['privacy:metadata:answer:relevance'] = 'How relevant the topic was rated.';
$string['privacy:metadata:answer:runid'] = 'The run the answer belongs to.';
$string['privacy:metadata:answer:timemodified'] = 'When the answer was given last.';
$string['privacy:metadata:answer:userid'] = 'The user who gave the answer last.';
$string['privacy:metadata:answer:value'] = 'The answer, including free text.';
$string['privacy:metadata:instr'] = 'Imported questionnaires, with who imported them.';
$string['privacy:metadata:instr:timecreated'] = 'When the questionnaire was imported.';
$string['privacy:metadata:member'] = 'Membership of users in member organisations, with their role.';
$string['privacy:metadata:member:orgid'] = 'The organisation.';
$string['privacy:metadata:member:role'] = 'The role in the organisation (leadership or staff).';
$string['privacy:metadata:member:timecreated'] = 'When the user became a member.';
$string['privacy:metadata:member:userid'] = 'The member.';
$string['privacy:metadata:org'] = 'Member organisations, with who changed them last.';
$string['privacy:metadata:org:timemodified'] = 'When the organisation was changed last.';
$string['privacy:metadata:run'] = 'Runs of the check per organisation, with who started and who submitted them.';
$string['privacy:metadata:run:orgid'] = 'The organisation.';
$string['privacy:metadata:run:timecreated'] = 'When the run was started.';
$string['privacy:metadata:run:timesubmitted'] = 'When the run was submitted.';
$string['privacy:metadata:run:usercreated'] = 'The user who started the run.';
$string['privacy:metadata:run:usersubmitted'] = 'The user who submitted the run.';
$string['privacy:metadata:usermodified'] = 'The user who made the last change.';
$string['privacy:path:answers'] = 'Answers';
$string['privacy:path:memberships'] = 'Memberships';
$string['privacy:path:runs'] = 'Check runs';
$string['removemember'] = 'Remove';
$string['role'] = 'Role';
$string['role_leadership'] = 'Leadership';
$string['role_staff'] = 'Staff';
$string['runnotfound'] = 'This check run could not be found.';
$string['runs'] = 'Runs';
$string['runsubmitted'] = 'This check has already been submitted, so its answers can no longer be changed. You can start a new run.';
$string['settings'] = 'Settings';
$string['submitminpercent'] = 'Answers needed to submit the check';
$string['submitminpercent_desc'] = 'Share of all questions, in percent (0–100), that must be answered before an organisation can submit the check. "Don\'t know" counts as an answer; questions marked as required must always be answered.';
$string['unarchive'] = 'Reactivate';
