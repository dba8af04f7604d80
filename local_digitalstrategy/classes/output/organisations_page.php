<?php
// This file is part of Moodle - https://moodle.org/
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
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\organisation;
use moodle_url;

/**
 * The list of organisations for those who manage them: details, members, archive.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class organisations_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param \stdClass[] $organisations from organisation_repository::list_organisations()
     */
    public function __construct(
        /** @var \stdClass[] organisation records with membercount */
        private readonly array $organisations,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/organisations_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $rows = [];
        foreach ($this->organisations as $record) {
            $organisation = organisation::from_record($record);
            $rows[] = [
                'id' => $organisation->get_id(),
                'name' => $organisation->get_formatted_name(),
                'idnumber' => $organisation->get_idnumber(),
                'location' => $organisation->get_location(),
                'fieldofwork' => get_string('fieldofwork_' . $organisation->get_fieldofwork(), 'local_digitalstrategy'),
                'employees' => $organisation->get_employees(),
                'pilot' => $organisation->is_pilot(),
                'archived' => $organisation->is_archived(),
                'members' => (int) $record->membercount,
                'editurl' => (new moodle_url('/local/digitalstrategy/organisation.php', ['id' => $organisation->get_id()]))
                    ->out(false),
                'membersurl' => (new moodle_url('/local/digitalstrategy/members.php', ['orgid' => $organisation->get_id()]))
                    ->out(false),
            ];
        }
        return [
            'organisations' => $rows,
            'hasorganisations' => (bool) $rows,
            'actionurl' => (new moodle_url('/local/digitalstrategy/organisations.php'))->out(false),
            'addurl' => (new moodle_url('/local/digitalstrategy/organisation.php'))->out(false),
            'importurl' => (new moodle_url('/local/digitalstrategy/import.php'))->out(false),
            'sesskey' => sesskey(),
        ];
    }
}
