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

namespace mod_devcircle\external;

use core_external\external_api;
use core_external\external_function_parameters;
use core_external\external_single_structure;
use core_external\external_value;
use mod_devcircle\local\pads\method_templates;
use mod_devcircle\local\pads\pad_service;

/**
 * Starts a pad of a circle from a method template (Business Model Canvas, Design Thinking, Scrum).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class create_method_pad extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'cmid' => new external_value(PARAM_INT, 'Course module id of the circle'),
            'template' => new external_value(PARAM_ALPHA, 'bmc, designthinking or scrum'),
            'lang' => new external_value(PARAM_ALPHA, 'Language of the template: de or en'),
            'name' => new external_value(PARAM_TEXT, 'Name of the pad; the template title when empty', VALUE_DEFAULT, ''),
        ]);
    }

    /**
     * Creates the pad.
     *
     * @param int $cmid the circle's course module
     * @param string $template template key
     * @param string $lang language
     * @param string $name name of the pad
     * @return array
     */
    public static function execute(int $cmid, string $template, string $lang, string $name = ''): array {
        global $USER;
        $params = self::validate_parameters(
            self::execute_parameters(),
            ['cmid' => $cmid, 'template' => $template, 'lang' => $lang, 'name' => $name]
        );
        [, $cm] = get_course_and_cm_from_cmid($params['cmid'], 'devcircle');
        $context = \context_module::instance($cm->id);
        self::validate_context($context);
        require_capability('mod/devcircle:managepads', $context);
        if (!method_templates::exists($params['template'], $params['lang'])) {
            throw new \moodle_exception('padunknowntemplate', 'mod_devcircle');
        }

        $pad = pad_service::from_config()->create_method_pad(
            (int) $cm->instance,
            $params['template'],
            $params['lang'],
            $params['name'],
            (int) $USER->id
        );
        return [
            'padid' => $pad->get_id(),
            'url' => (new \moodle_url('/mod/devcircle/pad.php', ['id' => $pad->get_id()]))->out(false),
        ];
    }

    /**
     * Return structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'padid' => new external_value(PARAM_INT, 'Id of the new pad in Moodle'),
            'url' => new external_value(PARAM_URL, 'The pad page'),
        ]);
    }
}
