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
 * The members of one organisation with their roles.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class members_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param organisation $organisation
     * @param \stdClass[] $members from organisation_repository::get_members()
     */
    public function __construct(
        /** @var organisation the organisation */
        private readonly organisation $organisation,
        /** @var \stdClass[] the members */
        private readonly array $members,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/members_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $members = array_map(fn($m) => [
            'userid' => (int) $m->id,
            'fullname' => fullname($m),
            'email' => $m->email,
            'role' => get_string('role_' . $m->role, 'local_digitalstrategy'),
            'since' => userdate($m->membersince, get_string('strftimedate', 'langconfig')),
        ], $this->members);
        return [
            'orgid' => $this->organisation->get_id(),
            'orgname' => $this->organisation->get_formatted_name(),
            'members' => $members,
            'hasmembers' => (bool) $members,
            'actionurl' => (new moodle_url('/local/digitalstrategy/members.php'))->out(false),
            'sesskey' => sesskey(),
        ];
    }
}
