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
 * CSV import of organisations and members: upload, preview with per-row errors, confirm.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_digitalstrategy\local\import\csv_file;
use local_digitalstrategy\local\import\organisation_import;
use local_digitalstrategy\local\plural;
use local_digitalstrategy\output\import_preview;

admin_externalpage_setup('local_digitalstrategy_import');
require_capability('local/digitalstrategy:manageorganisations', context_system::instance());

$returnurl = new moodle_url('/local/digitalstrategy/organisations.php');
$importer = \core\di::get(organisation_import::class);

/**
 * The content of the file in one of the current user's draft areas (the upload, kept there
 * between preview and confirmation).
 *
 * @param int $draftid
 * @return string|null null when the area holds no file (any more)
 */
function local_digitalstrategy_import_draft_content(int $draftid): ?string {
    global $USER;
    $files = get_file_storage()->get_area_files(
        context_user::instance($USER->id)->id,
        'user',
        'draft',
        $draftid,
        'id DESC',
        false
    );
    $file = reset($files);
    return $file ? $file->get_content() : null;
}

$confirm = new \local_digitalstrategy\form\import_confirm_form($PAGE->url);
if ($confirm->is_cancelled()) {
    redirect($PAGE->url);
} else if ($data = $confirm->get_data()) {
    // Second step: the file kept from the preview, read the same way and checked again (things may
    // have changed since); a file that changed since the preview is not imported unseen.
    $content = local_digitalstrategy_import_draft_content((int) $data->draftid);
    $file = $content === null || !hash_equals($data->contenthash, sha1($content)) ? null
        : csv_file::read($content, $data->encoding, $data->delimiter, organisation_import::COLUMNS);
    if (!$file || $file->errors || $importer->check_columns($file->columns)) {
        redirect(
            $PAGE->url,
            get_string('importexpired', 'local_digitalstrategy'),
            null,
            \core\output\notification::NOTIFY_ERROR
        );
    }
    $summary = $importer->apply($importer->preview($file->columns, $file->rows), $USER->id);
    get_file_storage()->delete_area_files(context_user::instance($USER->id)->id, 'user', 'draft', (int) $data->draftid);
    redirect(
        $returnurl,
        get_string('importdone', 'local_digitalstrategy', implode(', ', [
            plural::get_string('importdone_created', 'local_digitalstrategy', $summary['created']),
            plural::get_string('importdone_updated', 'local_digitalstrategy', $summary['updated']),
            plural::get_string('importdone_members', 'local_digitalstrategy', $summary['members']),
            plural::get_string('importdone_skipped', 'local_digitalstrategy', $summary['skipped']),
        ])),
        null,
        \core\output\notification::NOTIFY_SUCCESS
    );
}

$upload = new \local_digitalstrategy\form\import_form($PAGE->url);
$reread = new \local_digitalstrategy\form\import_reread_form($PAGE->url);
$read = null;
if ($data = $upload->get_data()) {
    $read = [(int) $data->csvfile, $upload->get_file_content('csvfile'), $data->encoding, $data->delimiter];
} else if ($data = $reread->get_data()) {
    $read = [(int) $data->draftid, local_digitalstrategy_import_draft_content((int) $data->draftid), $data->encoding,
        $data->delimiter];
}

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('importorganisations', 'local_digitalstrategy'));
if ($read !== null && is_string($read[1])) {
    // Preview: the file exactly as read, how it was read (to read it again otherwise), and the rows.
    [$draftid, $content, $encoding, $delimiter] = $read;
    $file = csv_file::read($content, $encoding, $delimiter, organisation_import::COLUMNS);
    $fileerrors = $file->errors ?: $importer->check_columns($file->columns);
    $rows = $fileerrors ? [] : $importer->preview($file->columns, $file->rows);
    echo $OUTPUT->render(new import_preview($rows, $fileerrors, $file));
    $reread->set_data(['draftid' => $draftid, 'encoding' => $file->encoding, 'delimiter' => $file->delimiter]);
    $reread->display();
    if (array_filter($rows, fn($r) => !$r->errors)) {
        $confirm->set_data(['draftid' => $draftid, 'contenthash' => sha1($content), 'encoding' => $file->encoding,
            'delimiter' => $file->delimiter]);
        $confirm->display();
    } else {
        echo $OUTPUT->single_button($PAGE->url, get_string('importagain', 'local_digitalstrategy'), 'get');
    }
} else {
    if ($read !== null) {
        echo $OUTPUT->notification(get_string('importexpired', 'local_digitalstrategy'), 'error');
    }
    echo html_writer::div(get_string('importintro', 'local_digitalstrategy'), 'mb-3');
    $upload->display();
}
echo $OUTPUT->footer();
