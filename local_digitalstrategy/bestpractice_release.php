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
 * The leadership of an organisation releases a transferable measure of phase act for the
 * best-practice collection, named or anonymised, or withdraws it.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\strategy\bestpractice_service;

require_login(null, false);
$measureid = required_param('measureid', PARAM_INT);
$context = context_system::instance();
$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/bestpractice_release.php', ['measureid' => $measureid]));
$PAGE->set_pagelayout('standard');
$title = get_string('bestpractice_releasetitle', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);
$collectionurl = new moodle_url('/local/digitalstrategy/bestpractice.php');

$service = \core\di::get(bestpractice_service::class);
try {
    ['measure' => $measure, 'organisation' => $organisation] = $service->require_releasable($measureid, $USER->id);
} catch (moodle_exception $refused) {
    // Said on the page in the user's language; nothing is changed.
    echo $OUTPUT->header();
    echo $OUTPUT->notification($refused->getMessage(), \core\output\notification::NOTIFY_ERROR, false);
    echo $OUTPUT->continue_button($collectionurl);
    echo $OUTPUT->footer();
    exit;
}

$released = (int) $measure->released === 1;
$form = new \local_digitalstrategy\form\bestpractice_release_form($PAGE->url, ['released' => $released]);
$form->set_data(['measureid' => $measureid, 'named' => (int) $measure->named, 'confirm' => 0]);
if ($form->is_cancelled()) {
    redirect($collectionurl);
} else if ($data = $form->get_data()) {
    require_sesskey();
    if (!empty($data->withdraw)) {
        $service->withdraw($measureid, $USER->id);
        $message = get_string('bestpractice_withdrawn', 'local_digitalstrategy', format_string($measure->title));
    } else {
        $service->release($measureid, (int) $data->named === 1, $USER->id);
        $message = get_string(
            (int) $data->named === 1 ? 'bestpractice_releasednamed' : 'bestpractice_releasedanonymised',
            'local_digitalstrategy',
            format_string($measure->title)
        );
    }
    redirect($collectionurl, $message, null, \core\output\notification::NOTIFY_SUCCESS);
}

echo $OUTPUT->header();
echo $OUTPUT->heading(format_string($measure->title), 3);
echo $OUTPUT->notification(get_string(
    $released ? ((int) $measure->named === 1 ? 'bestpractice_statusnamed' : 'bestpractice_statusanonymised')
        : 'bestpractice_statusnotreleased',
    'local_digitalstrategy',
    $organisation->get_formatted_name()
), \core\output\notification::NOTIFY_INFO, false);
$form->display();
echo $OUTPUT->footer();
