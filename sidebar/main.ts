import { SidebarApp } from './app';

new SidebarApp(document.getElementById('app')!).start();
