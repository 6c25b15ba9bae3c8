create sequence theme_seq start with 1 increment by 50;
create sequence speaker_seq start with 1 increment by 50;
create sequence meeting_seq start with 1 increment by 50;
create sequence key_point_seq start with 1 increment by 50;

create table theme (
    id          bigint primary key,
    slug        varchar(80)  not null unique,
    name        varchar(200) not null,
    description varchar(1000),
    position    integer      not null
);

create table speaker (
    id           bigint primary key,
    slug         varchar(200) not null unique,
    name         varchar(200) not null,
    role         varchar(500),
    organisation varchar(500)
);

create table meeting (
    id           bigint primary key,
    slug         varchar(200)  not null unique,
    title        varchar(500)  not null,
    meeting_date date,
    question     varchar(4000),
    series       varchar(200),
    summary      varchar(1000000),
    notes_html   varchar(1000000),
    source_file  varchar(500)  not null unique,
    content_hash varchar(64)   not null,
    imported_at  timestamp     not null
);

create table meeting_old_slug (
    meeting_id bigint       not null references meeting (id) on delete cascade,
    slug       varchar(200) not null unique
);

create table meeting_speaker (
    meeting_id bigint  not null references meeting (id) on delete cascade,
    speaker_id bigint  not null references speaker (id),
    position   integer not null,
    primary key (meeting_id, position)
);

create table key_point (
    id         bigint primary key,
    meeting_id bigint        not null references meeting (id) on delete cascade,
    position   integer       not null,
    anchor     varchar(200)  not null,
    section    varchar(500),
    title      varchar(500),
    text       varchar(100000) not null,
    constraint key_point_anchor_unique unique (meeting_id, anchor)
);

create table key_point_theme (
    key_point_id bigint  not null references key_point (id) on delete cascade,
    theme_id     bigint  not null references theme (id) on delete cascade,
    position     integer not null,
    primary key (key_point_id, position)
);

create index key_point_meeting_idx on key_point (meeting_id, position);
create index key_point_theme_theme_idx on key_point_theme (theme_id);
create index meeting_speaker_speaker_idx on meeting_speaker (speaker_id);
