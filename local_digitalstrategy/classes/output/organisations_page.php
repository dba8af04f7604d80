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
use local_digitalstrategy\local\organisation_filter;
use local_digitalstrategy\organisation;
use moodle_url;

/**
 * The list of organisations for those who manage them, a page at a time: search, filters,
 * sortable columns, details, members, archive.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class organisations_page implements named_templatable, renderable {
    /** @var int organisations matching the filter */
    private readonly int $total;
    /** @var int organisations at all */
    private readonly int $totalall;
    /** @var int rows per page */
    private readonly int $perpage;
    /** @var organisation_list_controls filter, sort and URLs of the list */
    private readonly organisation_list_controls $controls;

    /**
     * Creates the page content.
     *
     * @param \stdClass[] $organisations this page's rows from organisation_repository::search()
     * @param int|null $total organisations matching the filter; null: these rows are all
     * @param int|null $totalall organisations there are at all; null: $total
     * @param int $page current page, from 0
     * @param int $perpage rows per page, 0: these rows are all
     * @param organisation_list_controls|null $controls filter, sort and URLs of the list; null: no filter
     */
    public function __construct(
        /** @var \stdClass[] organisation records with membercount */
        private readonly array $organisations,
        ?int $total = null,
        ?int $totalall = null,
        /** @var int current page */
        private readonly int $page = 0,
        int $perpage = 0,
        ?organisation_list_controls $controls = null,
    ) {
        $this->total = $total ?? count($organisations);
        $this->totalall = $totalall ?? $this->total;
        $this->perpage = $perpage ?: max(1, $this->total);
        $this->controls = $controls ?? new organisation_list_controls(
            new moodle_url('/local/digitalstrategy/organisations.php'),
            new organisation_filter(),
            '',
            false,
            $this->perpage,
            $this->perpage
        );
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
                'region' => $organisation->get_region(),
                'contactemail' => $organisation->get_contactemail(),
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
        $string = fn(string $key) => get_string($key, 'local_digitalstrategy');
        $c = $this->controls;
        return [
            'organisations' => $rows,
            'hasorganisations' => $this->totalall > 0,
            'hasrows' => (bool) $rows,
            'filters' => $c->filters(true),
            'columns' => [
                $c->column('name', $string('organisationname')),
                $c->column('idnumber', $string('organisationidnumber')),
                $c->column('location', $string('location')),
                $c->column('region', $string('organisationregion')),
                $c->column('contactemail', $string('organisationcontactemail')),
                $c->column('fieldofwork', $string('fieldofwork')),
                $c->column('employees', $string('employees'), true),
                $c->column('pilot', $string('pilot')),
                $c->column('members', $string('members'), true),
            ],
            'count' => organisation_list_controls::count_text($this->total, $this->page * $this->perpage, count($rows)),
            'pagingbar' => $output->render(new \paging_bar($this->total, $this->page, $this->perpage, $c->url())),
            'actionurl' => $c->url(['page' => $this->page])->out(false),
            'addurl' => (new moodle_url('/local/digitalstrategy/organisation.php'))->out(false),
            'importurl' => (new moodle_url('/local/digitalstrategy/import.php'))->out(false),
            'sesskey' => sesskey(),
        ];
    }
}
